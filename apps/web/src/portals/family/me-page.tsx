import { Avatar, Button, Card, Flex, List, Typography } from 'antd';
import { GlobalOutlined, InfoCircleOutlined, LogoutOutlined, MobileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { brand } from '../../app/theme.ts';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useSignedInMe } from '../../features/accounts/session.ts';
import { useSignOutAndLeave } from '../../features/accounts/use-leave.ts';
import { useMeta } from '../../features/meta/meta.ts';
import { FeedbackLinks } from './feedback/feedback-links.tsx';

/** The family's account: who is signed in, language, and signing out. */
export function FamilyMePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const meta = useMeta();
  const signOut = useSignOutAndLeave();
  return (
    <Flex vertical gap={16}>
      <Card style={{ borderRadius: 16 }}>
        <Flex align="center" gap={14}>
          <Avatar size={56} style={{ background: brand.primary, fontSize: 24 }}>
            {me.displayName.slice(0, 1)}
          </Avatar>
          <Flex vertical>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {me.displayName}
            </Typography.Title>
            <Typography.Text type="secondary">{t('auth:roles.family')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
      <FeedbackLinks />
      <Card style={{ borderRadius: 16 }} styles={{ body: { padding: '4px 16px' } }}>
        <List>
          <List.Item extra={<Typography.Text>{me.phone ?? '—'}</Typography.Text>}>
            <List.Item.Meta avatar={<MobileOutlined />} title={t('portals:account.phone')} />
          </List.Item>
          <List.Item extra={<LanguageSwitch />}>
            <List.Item.Meta avatar={<GlobalOutlined />} title={t('common:language.label')} />
          </List.Item>
          <List.Item extra={<Typography.Text type="secondary">{meta.data ? `v${meta.data.version}` : '—'}</Typography.Text>}>
            <List.Item.Meta avatar={<InfoCircleOutlined />} title={t('portals:family.me.about')} />
          </List.Item>
        </List>
      </Card>
      <Button
        danger
        size="large"
        block
        icon={<LogoutOutlined />}
        loading={signOut.isPending}
        onClick={() => signOut.leave()}
      >
        {t('common:actions.signOut')}
      </Button>
    </Flex>
  );
}
