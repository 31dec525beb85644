import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { App, Alert, Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, AuditOutlined, CheckOutlined, CloseOutlined, FilePdfOutlined, PauseCircleOutlined, PlayCircleOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { FilingDetail, FilingItem, MaterialCategory } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { ChangesView } from '../../../features/filings/changes-view.tsx';
import { DeadlineTag, FilingStateTag } from '../../../features/filings/filing-tags.tsx';
import { FilingTimeline } from '../../../features/filings/filing-timeline.tsx';
import { MaterialsList } from '../../../features/filings/materials-list.tsx';
import { SnapshotView } from '../../../features/filings/snapshot-view.tsx';
import { receiptUrl, useFileFiling, useFiling, useFilingHistory, useRefuseFiling, useReturnFiling, useStandingChange, useStartReview } from '../../../features/filings/filings-api.ts';
import { ItemReasonsModal } from './item-reasons-modal.tsx';
import { ReasonModal } from './reason-modal.tsx';

/** One application as the reviewer works it: what was submitted, the materials, the deadline, the decision. */
export function FilingReviewPage() {
  const { id } = useParams();
  const filing = useFiling(id);
  return (
    <QueryState query={filing} skeleton={<Skeleton active paragraph={{ rows: 12 }} />}>
      {(data) => <Review filing={data} />}
    </QueryState>
  );
}

type Dialog = null | 'return' | 'refuse' | 'file' | 'suspend' | 'reinstate' | 'withdraw';

function Review({ filing: f }: { filing: FilingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const me = useSignedInMe();
  const canReview = hasPermission(me, 'filings.review');
  const canSupervise = hasPermission(me, 'filings.supervise');
  const [dialog, setDialog] = useState<Dialog>(null);
  const startReview = useStartReview(f.id);
  const returnFiling = useReturnFiling(f.id);
  const refuse = useRefuseFiling(f.id);
  const file = useFileFiling(f.id);
  const isStanding = f.kind === 'initial' && (f.state === 'filed' || f.state === 'suspended');
  const history = useFilingHistory(isStanding && canSupervise ? f.institutionId : undefined);
  const standing = useStandingChange(f.institutionId);
  const missing = f.requiredMaterials.filter((c) => !f.materials.some((m) => m.category === c));
  const flagged = f.returnItems.map((i) => i.item);

  const accept = () =>
    startReview.mutate(f.revision, {
      onSuccess: () => void message.success(t('filings:review.accepted')),
      onError: (error) => void message.error(errorText(error)),
    });
  const changeStanding = (action: 'suspend' | 'reinstate' | 'withdraw') => async (reason: string) => {
    await standing.mutateAsync({ action, reason, revision: history.data!.revision });
    void message.success(t(`filings:standing.${action}.done`));
  };

  const actions = [];
  if (canReview && (f.state === 'submitted' || f.state === 'resubmitted'))
    actions.push(
      <Button key="accept" type="primary" icon={<AuditOutlined />} loading={startReview.isPending} onClick={accept}>
        {t('filings:actions.startReview')}
      </Button>,
    );
  if (canReview && f.state === 'underReview')
    actions.push(
      <Button key="return" icon={<RollbackOutlined />} onClick={() => setDialog('return')}>
        {t('filings:actions.return')}
      </Button>,
      <Button key="refuse" danger icon={<CloseOutlined />} onClick={() => setDialog('refuse')}>
        {t('filings:actions.refuse')}
      </Button>,
      <Button key="file" type="primary" icon={<CheckOutlined />} onClick={() => setDialog('file')}>
        {t('filings:actions.file')}
      </Button>,
    );
  if (f.state === 'filed' || (isStanding && f.state === 'suspended'))
    actions.push(
      <Button key="receipt" icon={<FilePdfOutlined />} href={receiptUrl(f.id)} target="_blank">
        {t('filings:review.receipt')}
      </Button>,
    );
  if (isStanding && canSupervise && history.data) {
    if (f.state === 'filed')
      actions.push(
        <Button key="suspend" icon={<PauseCircleOutlined />} onClick={() => setDialog('suspend')}>
          {t('filings:actions.suspend')}
        </Button>,
      );
    if (f.state === 'suspended')
      actions.push(
        <Button key="reinstate" icon={<PlayCircleOutlined />} onClick={() => setDialog('reinstate')}>
          {t('filings:actions.reinstate')}
        </Button>,
      );
    actions.push(
      <Button key="withdraw" danger icon={<StopOutlined />} onClick={() => setDialog('withdraw')}>
        {t('filings:actions.withdraw')}
      </Button>,
    );
  }

  return (
    <>
      <Link to="/regulator/filings">
        <Space size={6} style={{ marginBottom: 12 }}>
          <ArrowLeftOutlined />
          {t('filings:review.back')}
        </Space>
      </Link>
      <PageHeader
        title={f.institutionName}
        description={
          <Space size={[6, 6]} wrap>
            <FilingStateTag state={f.state} />
            <Tag>{t(`filings:kinds.${f.kind}`)}</Tag>
            <Tag>{t(`institutions:kinds.${f.institutionKind}`)}</Tag>
            {f.filingNumber ? <Tag color="green">{f.filingNumber}</Tag> : null}
            {f.deadline ? <DeadlineTag deadline={f.deadline} /> : null}
          </Space>
        }
        extra={actions}
      />
      {f.deadline?.status === 'overdue' ? <Alert type="error" showIcon style={{ marginBottom: 16 }} message={t('filings:review.overdue', { date: f.deadline.dueOn, days: -f.deadline.workingDaysLeft })} /> : null}
      {f.state === 'returned' ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('filings:review.waitingForApplicant')} /> : null}
      {isStanding && history.data && history.data.enrolled > 0 ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('filings:standing.enrolled', { enrolled: history.data.enrolled })} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          {f.kind === 'change' && f.changes ? <ChangesView changes={f.changes} snapshot={f.snapshot} /> : null}
          {f.snapshot ? <SnapshotView snapshot={f.snapshot} flagged={flagged} /> : <Card><Typography.Text type="secondary">{t('filings:review.notSubmitted')}</Typography.Text></Card>}
        </Col>
        <Col xs={24} xl={9}>
          <Card title={t('filings:review.materials')} size="small" style={{ marginBottom: 16 }}>
            {missing.length > 0 ? <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('filings:review.missingMaterials', { list: missing.map((c: MaterialCategory) => t(`filings:items.${c}`)).join('、') })} /> : null}
            {f.requiredMaterials.concat(f.materials.some((m) => m.category === 'other') ? ['other'] : []).map((category) => (
              <div key={category} style={{ marginBottom: 8 }}>
                <Typography.Text strong>{t(`filings:materialCategories.${category}`)}</Typography.Text>
                <MaterialsList filingId={f.id} materials={f.materials.filter((m) => m.category === category)} />
              </div>
            ))}
          </Card>
          <Card title={t('filings:review.declarations')} size="small" style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('filings:review.healthEvaluation')}>
                {f.healthEvaluation.rating ? (
                  <Tag color={f.healthEvaluation.rating === 'qualified' ? 'green' : 'red'}>{t(`filings:healthEvaluationRatings.${f.healthEvaluation.rating}`)}</Tag>
                ) : (
                  '—'
                )}
                {f.healthEvaluation.issuedOn ? <Typography.Text type="secondary">{t('filings:review.issuedOn', { date: f.healthEvaluation.issuedOn })}</Typography.Text> : null}
              </Descriptions.Item>
              <Descriptions.Item label={t('filings:commitment.title')}>
                {f.commitment ? t('filings:review.signed', { name: f.commitment.signerName, at: dayjs(f.commitment.signedAt).format('YYYY-MM-DD HH:mm') }) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('filings:review.submittedAt')}>{f.submittedAt ? dayjs(f.submittedAt).format('YYYY-MM-DD HH:mm') : '—'}</Descriptions.Item>
              {f.filedAt ? <Descriptions.Item label={t('filings:review.filedAt')}>{dayjs(f.filedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item> : null}
            </Descriptions>
          </Card>
          {f.refusal.length > 0 ? (
            <Card title={t('filings:review.refusalReasons')} size="small" style={{ marginBottom: 16 }}>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {f.refusal.map((r) => (
                  <li key={`${r.item}-${r.reason}`}>
                    <Typography.Text strong>{t(`filings:items.${r.item}`)}</Typography.Text>：{r.reason}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <Card title={t('filings:review.history')} size="small">
            <FilingTimeline events={f.events} />
          </Card>
        </Col>
      </Row>
      <ItemReasonsModal
        open={dialog === 'return' || dialog === 'refuse'}
        mode={dialog === 'refuse' ? 'refuse' : 'return'}
        initialItems={missing as FilingItem[]}
        onClose={() => setDialog(null)}
        onSubmit={async (items) => {
          await (dialog === 'refuse' ? refuse : returnFiling).mutateAsync({ revision: f.revision, items });
          void message.success(t(dialog === 'refuse' ? 'filings:review.refused' : 'filings:review.returned'));
        }}
      />
      <ReasonModal
        open={dialog === 'file'}
        title={t('filings:review.file.title')}
        hint={t(f.kind === 'change' ? 'filings:review.file.changeHint' : 'filings:review.file.hint')}
        okText={t('filings:review.file.confirm')}
        optional
        onClose={() => setDialog(null)}
        onSubmit={async (note) => {
          const filed = await file.mutateAsync({ revision: f.revision, ...(note ? { note } : {}) });
          void message.success(t('filings:review.filed', { number: filed.filingNumber }));
        }}
      />
      {(['suspend', 'reinstate', 'withdraw'] as const).map((action) => (
        <ReasonModal
          key={action}
          open={dialog === action}
          title={t(`filings:standing.${action}.title`)}
          hint={t(`filings:standing.${action}.hint`)}
          okText={t(`filings:actions.${action}`)}
          danger={action !== 'reinstate'}
          onClose={() => setDialog(null)}
          onSubmit={changeStanding(action)}
        />
      ))}
    </>
  );
}
