import { Flex, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RuleCheck } from './password-rules.ts';

/** The policy as a checklist that turns green while the user types. */
export function PasswordRuleList({ checks }: { checks: RuleCheck[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} aria-live="polite" style={{ marginTop: -8, marginBottom: 16 }}>
      {checks.map((check) => (
        <Typography.Text key={check.key} type={check.ok === true ? 'success' : 'secondary'} style={{ fontSize: 13 }}>
          {check.ok === true ? <CheckCircleFilled /> : check.ok === false ? <CloseCircleOutlined /> : <InfoCircleOutlined />}{' '}
          {t(check.labelKey, check.params)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
