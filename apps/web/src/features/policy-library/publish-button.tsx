import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyDocumentStatus } from '@youyu/contracts';
import { useErrorText } from '../../components/error-text.ts';
import { usePublishDocument } from './policy-library-api.ts';

type Props = { doc: { id: string; revision: number; status: PolicyDocumentStatus }; size?: 'small' | 'middle' };

/** Publishes a draft or takes a published document down, after a confirmation that says what follows. */
export function PublishButton({ doc, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const change = usePublishDocument();
  const publish = doc.status === 'draft';
  return (
    <Popconfirm
      title={t(publish ? 'policyLibrary:manage.publishConfirm' : 'policyLibrary:manage.unpublishConfirm')}
      okText={t(publish ? 'policyLibrary:manage.publish' : 'policyLibrary:manage.unpublish')}
      cancelText={t('policyLibrary:form.cancel')}
      onConfirm={() =>
        change.mutateAsync({ id: doc.id, revision: doc.revision, publish }).then(
          () => void message.success(t(publish ? 'policyLibrary:manage.publishedMessage' : 'policyLibrary:manage.unpublishedMessage')),
          (error: unknown) => void message.error(errorText(error)),
        )
      }
    >
      <Button size={size} type={publish ? 'primary' : 'default'} danger={!publish} loading={change.isPending} onClick={(e) => e.stopPropagation()}>
        {t(publish ? 'policyLibrary:manage.publish' : 'policyLibrary:manage.unpublish')}
      </Button>
    </Popconfirm>
  );
}
