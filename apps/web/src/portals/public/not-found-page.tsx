import { NotFoundContent } from '../../components/not-found.tsx';
import { PublicLayout } from './public-layout.tsx';

export function NotFoundPage() {
  return (
    <PublicLayout>
      <div style={{ padding: '48px 16px' }}>
        <NotFoundContent />
      </div>
    </PublicLayout>
  );
}
