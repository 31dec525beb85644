import { Alert, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FilingProblem } from '@youyu/contracts';

/** What still keeps a filing from being submitted, grouped by item, each message citing its rule. */
export function ProblemList({ problems }: { problems: readonly FilingProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) {
    return <Alert type="success" showIcon icon={<CheckCircleFilled />} message={t('filings:check.ready')} description={t('filings:check.readyHint')} />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      message={t('filings:check.problems', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p) => (
            <li key={`${p.item}-${p.code}-${p.message}`}>
              <Typography.Text strong>{t(`filings:items.${p.item}`)}</Typography.Text>：{p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
