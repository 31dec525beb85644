import { PolicySearch } from '../../../features/policy-library/policy-search.tsx';
import { highlightParam } from '../../../features/policy-library/policy-document-panel.tsx';
import { PublicLayout } from '../public-layout.tsx';

/** 托育政策查询 for everyone: search published policy documents, phone first. */
export function PolicySearchPage() {
  return (
    <PublicLayout>
      <div style={{ background: '#f4f7fb', minHeight: '100%' }}>
        <PolicySearch variant="hero" documentHref={(id, words) => `/policies/${id}${highlightParam(words)}`} />
      </div>
    </PublicLayout>
  );
}
