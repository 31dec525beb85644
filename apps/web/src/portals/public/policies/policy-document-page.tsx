import { useParams } from 'react-router';
import { Grid } from 'antd';
import { PolicyDocumentPanel } from '../../../features/policy-library/policy-document-panel.tsx';
import { PublicLayout } from '../public-layout.tsx';

/** One published policy document, to read on a phone or a desktop. */
export function PolicyDocumentPage() {
  const { id } = useParams();
  const isPhone = Grid.useBreakpoint().md === false;
  return (
    <PublicLayout>
      <div style={{ background: '#f4f7fb', minHeight: '100%' }}>
        <div style={{ maxWidth: 880, margin: '0 auto', padding: isPhone ? '12px 10px 32px' : '24px 24px 48px' }}>
          <PolicyDocumentPanel id={id} backHref="/policies" />
        </div>
      </div>
    </PublicLayout>
  );
}
