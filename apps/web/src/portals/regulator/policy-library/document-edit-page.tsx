import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Form, Skeleton, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PolicyDocument } from '@youyu/contracts';
import { BackLink } from '../../../components/back-link.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { formValuesOf, PolicyDocumentForm, toDocumentInput, type PolicyDocumentFormValues } from '../../../features/policy-library/policy-document-form.tsx';
import { useCreateDocument, useManagedDocument, useUpdateDocument } from '../../../features/policy-library/policy-library-api.ts';
import { useIssuedIn } from '../../../features/policy-library/policy-labels.ts';
import { PublishButton } from '../../../features/policy-library/publish-button.tsx';
import { PolicyStatusTag } from '../../../features/policy-library/status-tag.tsx';

const back = '/regulator/policy-library';

/** Adds a policy document (`/new`) or edits one, at the revision it was read. */
export function PolicyDocumentEditPage() {
  const { id } = useParams();
  const isNew = id === 'new';
  const doc = useManagedDocument(isNew ? undefined : id);
  const { t } = useTranslation();
  let content;
  if (isNew) content = <Editor doc={null} />;
  else if (doc.isPending) content = <Card><Skeleton active paragraph={{ rows: 14 }} /></Card>;
  else if (doc.isError) content = <ErrorState error={doc.error} onRetry={() => void doc.refetch()} />;
  else content = <Editor key={`${doc.data.id}:${doc.data.revision}`} doc={doc.data} />;
  return (
    <>
      <BackLink to={back}>{t('policyLibrary:manage.back')}</BackLink>
      {content}
    </>
  );
}

function Editor({ doc }: { doc: PolicyDocument | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const issuedIn = useIssuedIn();
  const [form] = Form.useForm<PolicyDocumentFormValues>();
  const problem = useFormProblem(form);
  const create = useCreateDocument();
  const update = useUpdateDocument(doc?.id ?? '');
  const canEdit = doc ? doc.canEdit : true;
  const pending = create.isPending || update.isPending;

  const save = (values: PolicyDocumentFormValues) => {
    problem.clear();
    const input = toDocumentInput(values);
    if (!doc) {
      create.mutate(input, {
        onSuccess: (created) => {
          void message.success(t('policyLibrary:manage.createdMessage'));
          void navigate(`${back}/${created.id}`, { replace: true });
        },
        onError: problem.report,
      });
      return;
    }
    update.mutate({ ...input, revision: doc.revision }, { onSuccess: () => void message.success(t('policyLibrary:manage.savedMessage')), onError: problem.report });
  };

  return (
    <>
      <PageHeader
        title={doc ? t('policyLibrary:manage.editTitle') : t('policyLibrary:manage.newTitle')}
        description={
          doc ? (
            <Flex gap={8} align="center" wrap>
              <PolicyStatusTag status={doc.status} />
              <Typography.Text type="secondary">{t('policyLibrary:manage.revision', { revision: doc.revision })}</Typography.Text>
            </Flex>
          ) : undefined
        }
        extra={
          doc ? (
            <>
              {doc.status === 'published' ? (
                <Link to={`/policies/${doc.id}`} target="_blank">
                  <Button icon={<EyeOutlined />}>{t('policyLibrary:manage.viewPublic')}</Button>
                </Link>
              ) : null}
              {doc.canEdit ? <PublishButton doc={doc} /> : null}
            </>
          ) : null
        }
      />
      <Card>
        {canEdit ? null : <Alert type="info" showIcon message={t('policyLibrary:manage.readOnly')} style={{ marginBottom: 16 }} />}
        <PolicyDocumentForm
          form={form}
          ownJurisdictionCode={me.jurisdictionCode}
          current={doc ? { code: doc.jurisdictionCode, name: issuedIn(doc) } : null}
          disabled={!canEdit}
          initialValues={doc ? formValuesOf(doc) : { jurisdictionCode: me.jurisdictionCode ?? undefined, tags: [] }}
          onFinish={save}
        />
        <FormProblem problem={problem.problem} />
        {canEdit ? (
          <Flex gap={8} justify="flex-end">
            <Link to={back}>
              <Button>{t('policyLibrary:form.cancel')}</Button>
            </Link>
            <Button type="primary" loading={pending} onClick={() => form.submit()}>
              {t(doc ? 'policyLibrary:form.save' : 'policyLibrary:form.create')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </>
  );
}
