import { useParams } from 'react-router';
import { PolicyDocumentPanel } from '../../../features/policy-library/policy-document-panel.tsx';

/** One policy document inside the family portal. */
export function FamilyPolicyPage() {
  const { id } = useParams();
  return <PolicyDocumentPanel id={id} backHref="/family/policies" />;
}
