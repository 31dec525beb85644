import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyDocumentStatus } from '@youyu/contracts';

export function PolicyStatusTag({ status }: { status: PolicyDocumentStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'published' ? 'green' : 'default'}>{t(`policyLibrary:statuses.${status}`)}</Tag>;
}
