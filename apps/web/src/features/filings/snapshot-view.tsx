import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilingSnapshot } from '@youyu/contracts';
import { formatFen, yesNo } from '../institutions/institution-labels.ts';
import { JurisdictionName } from '../jurisdictions/jurisdiction-name.tsx';

type Section = 'basics' | 'classes' | 'fees' | 'staff';

/** The institution as submitted: what the reviewer reviews, section by section (marked when returned). */
export function SnapshotView({ snapshot: s, flagged = [] }: { snapshot: FilingSnapshot; flagged?: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const title = (section: Section, key: string) => (
    <>
      {t(key)}
      {flagged.includes(section) ? (
        <Tag color="warning" style={{ marginInlineStart: 8 }}>
          {t('filings:review.flagged')}
        </Tag>
      ) : null}
    </>
  );
  return (
    <>
      <Card title={title('basics', 'filings:review.sections.basics')} size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('institutions:fields.name')}>{s.name}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.creditCode')}>{s.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.kind')}>{t(`institutions:kinds.${s.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.ownership')}>{t(`institutions:ownerships.${s.ownership}`)}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.address')} span="filled">
            <JurisdictionName code={s.districtCode} /> <JurisdictionName code={s.subdistrictCode} /> {s.address}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {s.lat.toFixed(5)}, {s.lng.toFixed(5)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.contactName')}>{s.contactName}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.contactPhone')}>{s.contactPhone}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.openingHours')}>{s.openingHours || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.serviceModes')}>{s.serviceModes.map((m) => t(`institutions:serviceModes.${m}`)).join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.premises')}>
            {t(`institutions:premisesTenures.${s.premises.tenure}`)} · {s.premises.floorAreaM2} m²
            {s.premises.leaseEndDate ? ` · ${t('institutions:fields.leaseEndDate')} ${s.premises.leaseEndDate}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('institutions:fields.hasMeals')}>{yesNo(t, s.hasMeals)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={title('classes', 'filings:review.sections.classes')} size="small" style={{ marginBottom: 16 }} extra={<Typography.Text strong>{t('filings:review.places', { places: s.places })}</Typography.Text>}>
        <Table
          size="small"
          rowKey={(c) => c.id ?? c.name}
          pagination={false}
          dataSource={s.classes}
          columns={[
            { title: t('institutions:fields.className'), dataIndex: 'name' },
            { title: t('institutions:fields.classType'), dataIndex: 'classType', render: (v: string) => t(`institutions:classTypes.${v}`) },
            { title: t('institutions:fields.capacity'), dataIndex: 'capacity', align: 'right' },
            { title: t('filings:review.caregivers'), dataIndex: 'caregivers', align: 'right' },
          ]}
        />
      </Card>
      <Card title={title('fees', 'filings:review.sections.fees')} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey={(f) => `${f.classType}-${f.serviceMode}`}
          pagination={false}
          dataSource={s.fees}
          locale={{ emptyText: t('filings:review.noFees') }}
          columns={[
            { title: t('institutions:fields.classType'), dataIndex: 'classType', render: (v: string) => t(`institutions:classTypes.${v}`) },
            { title: t('institutions:fields.serviceModes'), dataIndex: 'serviceMode', render: (v: string) => t(`institutions:serviceModes.${v}`) },
            { title: t('filings:review.monthlyFee'), dataIndex: 'monthlyFeeFen', align: 'right', render: (v: number) => formatFen(v, i18n.language) },
          ]}
        />
      </Card>
      <Card title={title('staff', 'filings:review.sections.staff')} size="small" style={{ marginBottom: 16 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={s.staff}
          scroll={{ x: 760 }}
          columns={[
            { title: t('institutions:fields.staffName'), dataIndex: 'name', width: 96, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
            { title: t('institutions:fields.staffRole'), dataIndex: 'role', width: 120, render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{t(`institutions:staffRoles.${v}`)}</span> },
            { title: t('institutions:fields.idNumber'), dataIndex: 'idNumberMasked', width: 200, render: (v: string) => <Typography.Text code style={{ whiteSpace: 'nowrap' }}>{v}</Typography.Text> },
            {
              title: t('institutions:fields.certificates'),
              dataIndex: 'certificates',
              render: (certs: FilingSnapshot['staff'][number]['certificates']) => (certs.length ? certs.map((c) => `${t(`institutions:certificateKinds.${c.kind}`)}（${t(`institutions:certificateLevels.${c.level}`)}）`).join('、') : '—'),
            },
            { title: t('institutions:fields.trainingHours'), dataIndex: 'trainingHours', align: 'right', width: 96 },
          ]}
        />
      </Card>
    </>
  );
}
