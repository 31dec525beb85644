import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingChanges, FilingSnapshot } from '@youyu/contracts';
import { yesNo } from '../institutions/institution-labels.ts';

/** A change filing's proposal: only the filed facts it alters. */
export function ChangesView({ changes: c, snapshot }: { changes: FilingChanges; snapshot: FilingSnapshot | null }) {
  const { t } = useTranslation();
  const director = snapshot?.staff.find((s) => s.role === 'director');
  const places = c.classes?.reduce((sum, k) => sum + k.capacity, 0);
  return (
    <Card title={t('filings:change.proposal')} size="small" style={{ marginBottom: 16 }} extra={<Tag color="purple">{t('filings:kinds.change')}</Tag>}>
      <Descriptions size="small" column={1}>
        {c.location ? <Descriptions.Item label={t('filings:items.location')}>{c.location.address}</Descriptions.Item> : null}
        {c.premises ? (
          <Descriptions.Item label={t('filings:items.premises')}>
            {t(`institutions:premisesTenures.${c.premises.tenure}`)} · {c.premises.floorAreaM2} m²{c.premises.leaseEndDate ? ` · ${t('institutions:fields.leaseEndDate')} ${c.premises.leaseEndDate}` : ''}
          </Descriptions.Item>
        ) : null}
        {c.hasMeals !== undefined ? <Descriptions.Item label={t('institutions:fields.hasMeals')}>{yesNo(t, c.hasMeals)}</Descriptions.Item> : null}
        {c.classes ? <Descriptions.Item label={t('filings:items.classes')}>{t('filings:change.classesSummary', { classes: c.classes.length, places })}</Descriptions.Item> : null}
        {c.directorStaffId ? <Descriptions.Item label={t('filings:change.director')}>{director?.name ?? '—'}</Descriptions.Item> : null}
      </Descriptions>
    </Card>
  );
}
