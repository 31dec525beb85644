import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClosureCaseStatus } from '@youyu/contracts';

export function ClosureStatusTag({ status }: { status: ClosureCaseStatus }) {
  const { t } = useTranslation();
  return <Tag color={status === 'open' ? 'orange' : 'default'}>{t(`closures:statuses.${status}`)}</Tag>;
}
