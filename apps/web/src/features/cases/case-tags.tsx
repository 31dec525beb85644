import { Tag } from 'antd';
import { ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDeadline, CaseState } from '@youyu/contracts';

const stateColours: Record<CaseState, string> = { submitted: 'blue', acknowledged: 'processing', replied: 'cyan', closed: 'success', duplicate: 'default' };
const deadlineColours = { onTime: 'default', dueSoon: 'warning', overdue: 'error' } as const;

export function CaseStateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return <Tag color={stateColours[state]}>{t(`cases:states.${state}`)}</Tag>;
}

export function UrgentTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" icon={<ExclamationCircleFilled />}>
      {t('cases:urgent')}
    </Tag>
  );
}

export function DeadlineTag({ deadline }: { deadline: CaseDeadline }) {
  const { t } = useTranslation();
  return <Tag color={deadlineColours[deadline.status]}>{t(`cases:deadline.${deadline.status}`)}</Tag>;
}

/** An instant as Beijing time, to the minute. */
export const beijingTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
