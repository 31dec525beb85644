import { Link } from 'react-router';
import { Card, Flex, Tag, Typography } from 'antd';
import { EnvironmentOutlined, RightOutlined, StarFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RegisterItem } from '@youyu/contracts';
import { brand } from '../../app/theme.ts';
import { areaOf } from './area-name.ts';
import { feeRangeText } from './fees.ts';

type Props = {
  item: RegisterItem;
  /** Highlighted: its point on the map is under the pointer. */
  isActive?: boolean;
  /** The pointer enters (the id) or leaves (null) the card: the map highlights its point. */
  onHover?: (id: string | null) => void;
};

/** "350 米" under a kilometre, "1.2 公里" above. */
export const distanceText = (metres: number, t: TFunction) => (metres < 1000 ? t('register:find.card.distanceM', { m: Math.round(metres / 10) * 10 }) : t('register:find.card.distance', { km: (metres / 1000).toFixed(1) }));

/** One filed institution in the register list or the map's list: what a family compares at a glance. */
export function RegisterCard({ item, isActive = false, onHover }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Link
      to={`/institutions/${item.id}`}
      style={{ display: 'block', height: '100%' }}
      aria-label={item.name}
      data-testid="institution-card"
      data-institution-id={item.id}
      onMouseEnter={onHover ? () => onHover(item.id) : undefined}
      onMouseLeave={onHover ? () => onHover(null) : undefined}
      onFocus={onHover ? () => onHover(item.id) : undefined}
    >
      <Card hoverable style={{ height: '100%', borderRadius: 12, borderColor: isActive ? brand.primary : undefined, boxShadow: isActive ? `0 0 0 2px ${brand.primary}33` : undefined }} styles={{ body: { padding: 16, height: '100%' } }}>
        <Flex vertical gap={8} style={{ height: '100%' }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Typography.Title level={5} style={{ margin: 0, lineHeight: 1.4 }}>
              {item.name}
            </Typography.Title>
            {item.inclusive ? (
              <Tag color="green" style={{ marginInlineEnd: 0, flexShrink: 0 }}>
                {t('institutions:inclusive.yes')}
              </Tag>
            ) : null}
          </Flex>
          <Flex gap={4} wrap>
            <Tag color="blue">{t(`institutions:kinds.${item.kind}`)}</Tag>
            <Tag>{t(`institutions:ownerships.${item.ownership}`)}</Tag>
            {item.brand ? <Tag>{item.brand}</Tag> : null}
          </Flex>
          <RatingLine rating={item.rating} />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            <EnvironmentOutlined /> {item.distanceM !== undefined ? <Typography.Text strong data-testid="institution-distance">{distanceText(item.distanceM, t)} · </Typography.Text> : null}
            {areaOf(item, i18n.language)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis={{ tooltip: item.address }}>
            {item.address}
          </Typography.Text>
          <Flex justify="space-between" align="baseline" gap={8} wrap style={{ marginTop: 'auto', paddingTop: 8, borderTop: '1px solid #eef2f7' }}>
            <Typography.Text>
              <Typography.Text strong>{t('register:card.places', { count: item.places })}</Typography.Text>
              <Typography.Text type="secondary"> · {item.classTypes.map((c) => t(`register:classTypesShort.${c}`)).join('、')}</Typography.Text>
              <br />
              <Typography.Text style={{ color: item.vacancies > 0 ? '#0e9f6e' : undefined, fontSize: 13 }} type={item.vacancies > 0 ? undefined : 'secondary'} data-testid="institution-vacancies">
                {item.vacancies > 0 ? t('register:find.card.vacancies', { count: item.vacancies }) : t('register:find.card.full')}
              </Typography.Text>
            </Typography.Text>
            <Typography.Text strong style={{ color: item.feeRange ? brand.accent : undefined }}>
              {feeRangeText(item.feeRange, t, i18n.language)}
            </Typography.Text>
          </Flex>
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('register:card.filingNumber', { number: item.filingNumber })}
            </Typography.Text>
            <Typography.Text style={{ color: brand.primary, fontSize: 13 }}>
              {t('register:card.view')} <RightOutlined style={{ fontSize: 11 }} />
            </Typography.Text>
          </Flex>
        </Flex>
      </Card>
    </Link>
  );
}

/** The families' average score, the first thing many parents compare; "not rated yet" rather than a zero. */
function RatingLine({ rating }: { rating: RegisterItem['rating'] }) {
  const { t } = useTranslation();
  if (rating.average === null) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('register:card.unrated')}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text style={{ fontSize: 13 }} data-testid="institution-rating">
      <StarFilled style={{ color: '#f5a623' }} /> {t('register:card.rating', { average: rating.average.toFixed(1), count: rating.count })}
    </Typography.Text>
  );
}
