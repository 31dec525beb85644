import { Link, useSearchParams } from 'react-router';
import { Button, Card, Grid, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { BackLink } from '../../components/back-link.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { PolicyDocumentView } from './policy-document-view.tsx';
import { usePublicPolicyDocument } from './policy-library-api.ts';

/** The words a search passed along (`?hl=普惠,补贴`), to mark them in the text. */
export const highlightParam = (words: readonly string[]) => (words.length > 0 ? `?hl=${encodeURIComponent(words.join(','))}` : '');

/** A published document with its loading, not-found and error states, and the way back to the search. */
export function PolicyDocumentPanel({ id, backHref }: { id: string | undefined; backHref: string }) {
  const { t } = useTranslation();
  const isPhone = Grid.useBreakpoint().md === false;
  const [params] = useSearchParams();
  const words = (params.get('hl') ?? '').split(',').filter(Boolean);
  const doc = usePublicPolicyDocument(id);
  const back = (
    <BackLink to={backHref}>{t('policyLibrary:document.back')}</BackLink>
  );
  if (doc.isError && isApiError(doc.error) && doc.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('policyLibrary:document.notFound')}
        extra={
          <Link to={backHref}>
            <Button type="primary">{t('policyLibrary:document.back')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <>
      {back}
      <Card style={{ borderRadius: 12 }} styles={{ body: { padding: isPhone ? '18px 16px' : '32px 48px' } }}>
        {doc.isPending ? <Skeleton active title paragraph={{ rows: 12 }} /> : doc.isError ? <ErrorState error={doc.error} onRetry={() => void doc.refetch()} compact /> : <PolicyDocumentView doc={doc.data} words={words} />}
      </Card>
    </>
  );
}
