import { Alert, Button, Card, Col, Descriptions, Result, Row, Space } from 'antd';
import { FilePdfOutlined, FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { FilingDetail } from '@youyu/contracts';
import { ChangesView } from '../../../features/filings/changes-view.tsx';
import { DeadlineTag } from '../../../features/filings/filing-tags.tsx';
import { FilingTimeline } from '../../../features/filings/filing-timeline.tsx';
import { MaterialsList } from '../../../features/filings/materials-list.tsx';
import { SnapshotView } from '../../../features/filings/snapshot-view.tsx';
import { receiptUrl } from '../../../features/filings/filings-api.ts';

type Props = { filing: FilingDetail; canChange: boolean; onChange?: () => void; changing?: boolean };

/** A filing the applicant does not hold: waiting for the district, or decided (with the receipt once filed). */
export function FilingStatusView({ filing: f, canChange, onChange, changing }: Props) {
  const { t } = useTranslation();
  const isPending = f.state === 'submitted' || f.state === 'resubmitted' || f.state === 'underReview';
  const isStanding = f.state === 'filed' || f.state === 'suspended';
  return (
    <>
      {isPending ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t(f.state === 'underReview' ? 'filings:status.underReview' : 'filings:status.submitted')}
          description={
            <Space wrap>
              {t('filings:status.deadline')}
              <DeadlineTag deadline={f.deadline} />
            </Space>
          }
        />
      ) : null}
      {isStanding ? (
        <Card style={{ marginBottom: 16 }}>
          <Result
            status="success"
            style={{ padding: '8px 0' }}
            title={t(f.kind === 'change' ? 'filings:status.changeFiled' : 'filings:status.filed', { number: f.filingNumber })}
            subTitle={t('filings:status.filedHint', { date: f.filedAt ? dayjs(f.filedAt).format('YYYY-MM-DD') : '' })}
            extra={[
              <Button key="receipt" type="primary" icon={<FilePdfOutlined />} href={receiptUrl(f.id)} target="_blank">
                {t('filings:status.receipt')}
              </Button>,
              canChange ? (
                <Button key="change" icon={<FormOutlined />} onClick={onChange} loading={changing}>
                  {t('filings:status.openChange')}
                </Button>
              ) : null,
            ]}
          />
        </Card>
      ) : null}
      {f.state === 'refused' ? <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('filings:status.refused')} description={f.refusal.map((r) => `${t(`filings:items.${r.item}`)}：${r.reason}`).join('；')} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          {f.kind === 'change' && f.changes ? <ChangesView changes={f.changes} snapshot={f.snapshot} /> : null}
          {f.snapshot ? <SnapshotView snapshot={f.snapshot} /> : null}
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('filings:review.declarations')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('filings:review.submittedAt')}>{f.submittedAt ? dayjs(f.submittedAt).format('YYYY-MM-DD HH:mm') : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('filings:commitment.title')}>{f.commitment ? t('filings:review.signed', { name: f.commitment.signerName, at: dayjs(f.commitment.signedAt).format('YYYY-MM-DD HH:mm') }) : '—'}</Descriptions.Item>
              {f.reviewerName ? <Descriptions.Item label={t('filings:status.reviewer')}>{f.reviewerName}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
          <Card size="small" title={t('filings:review.materials')} style={{ marginBottom: 16 }}>
            <MaterialsList filingId={f.id} materials={f.materials} />
          </Card>
          <Card size="small" title={t('filings:review.history')}>
            <FilingTimeline events={f.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
