import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Card, Empty, Flex, Progress, Rate, Skeleton, Typography } from 'antd';
import { AlertOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ratingDimensions, type RatingSummary } from '@youyu/contracts';
import { ErrorState } from '../../components/error-state.tsx';
import { RatingItem } from './rating-item.tsx';
import { usePublicRatings } from './ratings-api.ts';

const FIRST_PAGE = 3;
const MORE = 10;

function Averages({ summary }: { summary: RatingSummary }) {
  const { t } = useTranslation();
  return (
    <Flex gap={24} wrap align="center">
      <Flex vertical align="center" style={{ minWidth: 96 }}>
        <Typography.Text style={{ fontSize: 36, fontWeight: 600, lineHeight: 1.1 }}>{summary.average?.toFixed(1)}</Typography.Text>
        <Rate disabled allowHalf value={Math.round((summary.average ?? 0) * 2) / 2} style={{ fontSize: 14 }} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('ratings:summary.count', { count: summary.count })}
        </Typography.Text>
      </Flex>
      <Flex vertical gap={2} style={{ flex: 1, minWidth: 200 }}>
        {ratingDimensions.map((d) => (
          <Flex key={d} align="center" gap={8}>
            <Typography.Text style={{ width: 72, fontSize: 13 }}>{t(`ratings:dimensions.${d}`)}</Typography.Text>
            <Progress percent={((summary.dimensions[d] ?? 0) / 5) * 100} showInfo={false} size="small" style={{ flex: 1, margin: 0 }} />
            <Typography.Text style={{ width: 28, fontSize: 13, textAlign: 'right' }}>{summary.dimensions[d]?.toFixed(1)}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}

/**
 * The ratings summary of an institution's public page: averages overall and per dimension, the
 * latest published ratings with the institution's replies, and the ways to rate or to report.
 */
export function RatingSummaryCard({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation();
  const [pageSize, setPageSize] = useState(FIRST_PAGE);
  const ratings = usePublicRatings(institutionId, pageSize);
  const actions = (
    <Flex gap={8} wrap>
      <Link to={`/family/rate/${institutionId}`}>
        <Button icon={<StarOutlined />}>{t('ratings:summary.rate')}</Button>
      </Link>
      <Link to={`/report?institution=${institutionId}`}>
        <Button icon={<AlertOutlined />} danger>
          {t('ratings:summary.report')}
        </Button>
      </Link>
    </Flex>
  );
  return (
    <Card title={t('ratings:summary.title')}>
      {ratings.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : ratings.isError ? (
        <ErrorState error={ratings.error} onRetry={() => void ratings.refetch()} compact />
      ) : ratings.data.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Flex vertical>{t('ratings:summary.none')}<Typography.Text type="secondary">{t('ratings:summary.noneHint')}</Typography.Text></Flex>} />
      ) : (
        <Flex vertical gap={12}>
          <Averages summary={ratings.data.summary} />
          <div>
            {ratings.data.items.map((r) => (
              <RatingItem key={r.id} rating={r} />
            ))}
          </div>
          {ratings.data.total > ratings.data.items.length ? (
            <Button type="link" loading={ratings.isFetching} onClick={() => setPageSize((n) => Math.min(100, n + MORE))} style={{ alignSelf: 'center' }}>
              {t('ratings:summary.all')}
            </Button>
          ) : null}
        </Flex>
      )}
      <div style={{ marginTop: 16 }}>{actions}</div>
    </Card>
  );
}
