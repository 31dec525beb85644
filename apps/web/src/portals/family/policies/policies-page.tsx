import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { highlightParam } from '../../../features/policy-library/policy-document-panel.tsx';
import { PolicySearch } from '../../../features/policy-library/policy-search.tsx';

/** 托育政策查询 inside the family portal (reached from the home page's shortcut). */
export function FamilyPoliciesPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        {t('policyLibrary:search.title')}
      </Typography.Title>
      <PolicySearch variant="plain" documentHref={(id, words) => `/family/policies/${id}${highlightParam(words)}`} />
    </>
  );
}
