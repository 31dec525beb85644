import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Deadline, FilingState } from '@youyu/contracts';

/** Filing states as tag colours: blue while the district has it, amber when the applicant must act, green filed, red refused or stopped. */
export const filingStateColors: Record<FilingState, string> = {
  draft: 'default',
  submitted: 'processing',
  resubmitted: 'processing',
  underReview: 'blue',
  returned: 'warning',
  filed: 'success',
  refused: 'error',
  suspended: 'error',
  withdrawn: 'default',
  cancelled: 'default',
};

export function FilingStateTag({ state }: { state: FilingState }) {
  const { t } = useTranslation();
  return <Tag color={filingStateColors[state]}>{t(`filings:states.${state}`)}</Tag>;
}

/** The review time limit: working days left, amber when due soon, red once overdue. */
export function DeadlineTag({ deadline }: { deadline: Deadline | null }) {
  const { t } = useTranslation();
  if (!deadline) return <span aria-hidden>—</span>;
  const { status, workingDaysLeft, dueOn } = deadline;
  const color = status === 'overdue' ? 'red' : status === 'dueSoon' ? 'orange' : 'default';
  const text = status === 'overdue' ? t('filings:deadline.overdue', { days: -workingDaysLeft }) : t('filings:deadline.left', { days: workingDaysLeft });
  return (
    <Tooltip title={t('filings:deadline.dueOn', { date: dueOn })}>
      <Tag color={color} icon={status === 'overdue' ? <ExclamationCircleOutlined /> : <ClockCircleOutlined />} style={{ fontWeight: status === 'overdue' ? 600 : undefined }}>
        {text}
      </Tag>
    </Tooltip>
  );
}
