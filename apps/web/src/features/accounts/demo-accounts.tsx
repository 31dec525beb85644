import { Button, Collapse, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@youyu/contracts';

/**
 * The demo city's accounts (docs/DEMO.md). Only names and roles: nothing secret is fetched, and
 * the list shows only when the server says it runs in demo mode.
 */
export const demoAccounts: { username: string; role: Role }[] = [
  { username: 'sysadmin', role: 'systemAdmin' },
  { username: 'secadmin', role: 'securityAdmin' },
  { username: 'auditor', role: 'auditAdmin' },
  { username: 'city.health', role: 'regulator' },
  { username: 'chaoyang.health', role: 'regulator' },
  { username: 'wangjing.health', role: 'regulator' },
  { username: 'chaoyang.market', role: 'regulator' },
  { username: 'chaoyang.inspector', role: 'inspector' },
  { username: 'chaoyang.supervisor', role: 'supervisor' },
  { username: 'demo.director', role: 'institutionDirector' },
  { username: 'demo.staff', role: 'institutionStaff' },
];

/** The demo family signs in with this number; the code is shown on the page in demo mode. */
export const demoFamilyPhone = '13800000000';

export function DemoAccounts({ onPick }: { onPick: (username: string) => void }) {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      ghost
      defaultActiveKey={['demo']}
      items={[
        {
          key: 'demo',
          label: <Typography.Text type="secondary">{t('portals:signIn.demoTitle')}</Typography.Text>,
          children: (
            <Flex vertical gap={6}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('portals:signIn.demoHint')}
              </Typography.Text>
              <Flex wrap gap={6}>
                {demoAccounts.map((account) => (
                  <Button key={account.username} size="small" onClick={() => onPick(account.username)}>
                    <Typography.Text code style={{ margin: 0 }}>
                      {account.username}
                    </Typography.Text>
                    <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                      {t(`auth:roles.${account.role}`)}
                    </Tag>
                  </Button>
                ))}
              </Flex>
            </Flex>
          ),
        },
      ]}
    />
  );
}
