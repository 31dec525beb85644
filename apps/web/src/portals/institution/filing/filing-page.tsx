import { Link, useNavigate, useParams } from 'react-router';
import { App, Button, Card, Flex, List, Result, Skeleton, Space, Steps, Table, Tag, Typography } from 'antd';
import { FileAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { openFilingStates, type FilingDetail, type FilingListItem, type InstitutionDetail } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { FilingStateTag } from '../../../features/filings/filing-tags.tsx';
import { useFiling, useFilingQueue, useOpenFiling } from '../../../features/filings/filings-api.ts';
import { useInstitution } from '../../../features/institutions/institutions-api.ts';
import { filingStatusColors } from '../../../features/institutions/institution-labels.ts';
import { ChangeWizard } from './change-wizard.tsx';
import { FilingStatusView } from './filing-status-view.tsx';
import { FilingWizard } from './filing-wizard.tsx';

const isOpen = (f: Pick<FilingListItem, 'state'>) => (openFilingStates as readonly string[]).includes(f.state);

/**
 * The director's filing (备案): start it, fill the stepped form, follow the review, correct what is
 * returned, print the receipt, file changes. `/filing/:id` shows one application of the history.
 */
export function InstitutionFilingPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useSignedInMe();
  const institution = useInstitution(me.institutionId);
  const filings = useFilingQueue({ pageSize: 50 });
  if (!me.institutionId) return <Result status="info" title={t('portals:institution.noInstitution.title')} subTitle={t('portals:institution.noInstitution.description')} />;
  return (
    <QueryState query={institution} skeleton={<Skeleton active paragraph={{ rows: 10 }} />}>
      {(inst) => (
        <QueryState query={filings} skeleton={<Skeleton active paragraph={{ rows: 6 }} />}>
          {(list) => <Workspace institution={inst} filings={list.items} chosenId={id ?? (list.items.find(isOpen) ?? list.items[0])?.id} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function Workspace({ institution, filings, chosenId }: { institution: InstitutionDetail; filings: FilingListItem[]; chosenId: string | undefined }) {
  const { t } = useTranslation();
  const filing = useFiling(chosenId);
  return (
    <>
      <PageHeader
        title={t('filings:apply.title')}
        description={
          <Space size={[6, 6]} wrap>
            <Typography.Text strong>{institution.name}</Typography.Text>
            <Tag color={filingStatusColors[institution.filingStatus]}>{t(`institutions:filingStatuses.${institution.filingStatus}`)}</Tag>
            {institution.filingNumber ? <Tag color="green">{institution.filingNumber}</Tag> : null}
          </Space>
        }
      />
      {chosenId ? (
        <QueryState query={filing} skeleton={<Skeleton active paragraph={{ rows: 10 }} />}>
          {(f) => <Current filing={f} institution={institution} hasOpen={filings.some(isOpen)} />}
        </QueryState>
      ) : (
        <Start institution={institution} />
      )}
      {filings.length > 1 ? <History filings={filings} currentId={chosenId} /> : null}
    </>
  );
}

function Current({ filing, institution, hasOpen }: { filing: FilingDetail; institution: InstitutionDetail; hasOpen: boolean }) {
  const me = useSignedInMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const open = useOpenFiling();
  const canApply = hasPermission(me, 'filings.apply');
  const isEditable = canApply && (filing.state === 'draft' || filing.state === 'returned');
  if (isEditable && filing.kind === 'initial') return <FilingWizard filing={filing} institution={institution} signer={me.displayName} />;
  if (isEditable) return <ChangeWizard filing={filing} institution={institution} signer={me.displayName} />;
  const canChange = canApply && !hasOpen && institution.filingStatus === 'filed' && filing.state === 'filed';
  const openChange = () => open.mutate('change', { onSuccess: (f) => void navigate(`/institution/filing/${f.id}`), onError: (error) => void message.error(errorText(error)) });
  return <FilingStatusView filing={filing} canChange={canChange} onChange={openChange} changing={open.isPending} />;
}

/** Before the first application: what filing takes, and the button that starts it. */
function Start({ institution }: { institution: InstitutionDetail }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const open = useOpenFiling();
  const canStart = hasPermission(me, 'filings.apply') && ['registered', 'refused', 'draft', 'returned'].includes(institution.filingStatus);
  const canChange = hasPermission(me, 'filings.apply') && institution.filingStatus === 'filed';
  return (
    <Card>
      <Flex vertical gap={20} style={{ maxWidth: 860 }}>
        <div>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t(canChange ? 'filings:apply.start.filedTitle' : 'filings:apply.start.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t(canChange ? 'filings:apply.start.filedIntro' : 'filings:apply.start.intro')}</Typography.Paragraph>
        </div>
        {canChange ? null : (
          <Steps
            direction="vertical"
            size="small"
            current={-1}
            items={(['basics', 'classes', 'staff', 'materials', 'submit'] as const).map((s) => ({ title: t(`filings:apply.steps.${s}.title`), description: t(`filings:apply.steps.${s}.description`) }))}
          />
        )}
        {canChange ? null : (
          <List
            size="small"
            header={<Typography.Text strong>{t('filings:apply.start.materials')}</Typography.Text>}
            dataSource={(['fireSafety', 'premisesProof', 'healthEvaluation', 'staffQualifications', 'foodLicence'] as const).map((c) => t(`filings:materialCategories.${c}`))}
            renderItem={(text) => <List.Item>{text}</List.Item>}
          />
        )}
        {canStart || canChange ? (
          <div>
            <Button type="primary" size="large" icon={<FileAddOutlined />} loading={open.isPending} onClick={() => open.mutate(canChange ? 'change' : 'initial', { onError: (error) => void message.error(errorText(error)) })}>
              {t(canChange ? 'filings:status.openChange' : 'filings:apply.start.button')}
            </Button>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('filings:apply.start.notPossible')}</Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

function History({ filings, currentId }: { filings: FilingListItem[]; currentId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Card title={t('filings:apply.history')} size="small" style={{ marginTop: 16 }}>
      <Table<FilingListItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={filings}
        rowClassName={(f) => (f.id === currentId ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('filings:queue.columns.kind'), dataIndex: 'kind', render: (k: string, f) => <Link to={`/institution/filing/${f.id}`}>{t(`filings:kinds.${k}`)}</Link> },
          { title: t('filings:queue.columns.state'), dataIndex: 'state', render: (_, f) => <FilingStateTag state={f.state} /> },
          { title: t('filings:queue.columns.submittedAt'), dataIndex: 'submittedAt', render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—') },
          { title: t('filings:queue.columns.decidedAt'), dataIndex: 'decidedAt', render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—') },
        ]}
      />
    </Card>
  );
}
