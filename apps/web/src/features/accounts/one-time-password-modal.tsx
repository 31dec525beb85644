import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { password: string | null; username: string | null; onClose: () => void };

/**
 * A new or reset password, shown exactly once: the server keeps only its hash. The administrator
 * confirms having passed it on before the dialog closes.
 */
export function OneTimePasswordModal({ password, username, onClose }: Props) {
  const { t } = useTranslation();
  const [noted, setNoted] = useState(false);
  const close = () => {
    setNoted(false);
    onClose();
  };
  return (
    <Modal
      open={!!password}
      title={t('admin:oneTimePassword.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" disabled={!noted} onClick={close}>
          {t('admin:oneTimePassword.done')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert type="warning" showIcon message={t('admin:oneTimePassword.warning')} />
        {username ? (
          <Typography.Text>
            {t('admin:oneTimePassword.for')} <Typography.Text strong>{username}</Typography.Text>
          </Typography.Text>
        ) : null}
        <Typography.Paragraph
          copyable={{ text: password ?? '' }}
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 26, letterSpacing: 2, textAlign: 'center', background: '#f4f7fb', padding: '16px 8px', borderRadius: 8, margin: 0 }}
        >
          {password}
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('admin:oneTimePassword.mustChange')}</Typography.Text>
        <Checkbox checked={noted} onChange={(e) => setNoted(e.target.checked)}>
          {t('admin:oneTimePassword.confirm')}
        </Checkbox>
      </Flex>
    </Modal>
  );
}
