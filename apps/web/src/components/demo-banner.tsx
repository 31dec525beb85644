import { Flex, Typography } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { cityOf, useMeta } from '../features/meta/meta.ts';

/** In demo mode, on every page: the data is invented and nobody should type in real personal data. */
export function DemoBanner() {
  const { t } = useTranslation();
  const { data: meta } = useMeta();
  if (!meta?.isDemo) return null;
  const city = cityOf(meta);
  return (
    <Flex role="status" justify="center" style={{ background: '#fff7e6', borderBottom: '1px solid #ffd591', padding: '6px 16px', textAlign: 'center' }}>
      <Typography.Text style={{ color: '#873800', fontSize: 13 }}>
        <ExperimentOutlined style={{ color: '#d46b08', marginInlineEnd: 6 }} />
        {t('common:demo.banner')}
        {city ? ` ${t('common:demo.city', { city: t(`common:cities.${city.key}`) })}` : ''}
      </Typography.Text>
    </Flex>
  );
}
