import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportJobStatus } from '@youyu/contracts';

const colors: Record<ImportJobStatus, string> = { validating: 'processing', validated: 'blue', importing: 'processing', completed: 'success', failed: 'error' };

/** A job's status; a validated job that has problems says so. */
export function ImportStatusTag({ job }: { job: Pick<ImportJob, 'status' | 'errorRows'> }) {
  const { t } = useTranslation();
  if (job.status === 'validated' && job.errorRows > 0) return <Tag color="warning">{t('imports:statuses.validatedWithErrors')}</Tag>;
  return <Tag color={colors[job.status]}>{t(`imports:statuses.${job.status}`)}</Tag>;
}
