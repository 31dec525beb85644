import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { brand } from '../app/theme.ts';

/** The mark: a roof sheltering a child — care close to home. Same drawing as the favicon. */
export function LogoMark({ size = 36 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-hidden="true" style={{ flex: 'none' }}>
      <rect width="64" height="64" rx="16" fill={brand.primary} />
      <path d="M13 33 32 17l19 16" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="32" cy="35" r="6.5" fill="#ffb547" />
      <path d="M20 52c0-6.6 5.4-11 12-11s12 4.4 12 11z" fill="#fff" />
    </svg>
  );
}

type BrandProps = { subtitle?: string; inverted?: boolean; size?: number };

/** Mark plus name, as in every header. */
export function Brand({ subtitle, inverted = false, size = 36 }: BrandProps) {
  const { t } = useTranslation();
  const color = inverted ? '#fff' : brand.ink;
  return (
    <Flex align="center" gap={10} style={{ minWidth: 0 }}>
      <LogoMark size={size} />
      <Flex vertical style={{ minWidth: 0, lineHeight: 1.2 }}>
        <Typography.Text strong style={{ color, fontSize: size > 32 ? 18 : 16, letterSpacing: 1 }}>
          {t('common:app.name')}
        </Typography.Text>
        {subtitle ? (
          <Typography.Text ellipsis style={{ color: inverted ? 'rgba(255,255,255,0.72)' : 'rgba(27,42,65,0.6)', fontSize: 12 }}>
            {subtitle}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
