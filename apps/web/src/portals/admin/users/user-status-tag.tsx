import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '@youyu/contracts';

export function UserStatusTag({ user }: { user: Pick<User, 'status' | 'disabledReason'> }) {
  const { t } = useTranslation();
  if (user.status === 'active') return <Tag color="success">{t('auth:userStatuses.active')}</Tag>;
  const tag = <Tag color="error">{t('auth:userStatuses.disabled')}</Tag>;
  return user.disabledReason ? <Tooltip title={t(`auth:disabledReasons.${user.disabledReason}`)}>{tag}</Tooltip> : tag;
}
