import type { ReactNode } from 'react';
import { Flex, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { PublicRating } from '@youyu/contracts';

/** One published rating: the masked name, stars, comment, and the institution's reply under it. */
export function RatingItem({ rating, extra }: { rating: PublicRating; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ padding: '12px 0', borderTop: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8}>
          <Typography.Text strong>{rating.familyName}</Typography.Text>
          <Rate disabled value={rating.overall} style={{ fontSize: 13 }} />
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(rating.updatedAt).format('YYYY-MM-DD')}
        </Typography.Text>
      </Flex>
      {rating.comment ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{rating.comment}</Typography.Paragraph> : null}
      {rating.reply ? (
        <div style={{ background: '#f6f8fb', borderRadius: 6, padding: '8px 12px', marginTop: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ratings:list.reply')} · {t('ratings:list.repliedAt', { date: dayjs(rating.repliedAt).format('YYYY-MM-DD') })}
          </Typography.Text>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{rating.reply}</Typography.Paragraph>
        </div>
      ) : null}
      {extra}
    </Flex>
  );
}
