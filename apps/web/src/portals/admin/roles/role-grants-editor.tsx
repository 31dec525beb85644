import { useState } from 'react';
import { App, Button, Card, Checkbox, Flex, Tag, Tooltip, Typography } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RoleGrants } from '@youyu/contracts';
import { useErrorText } from '../../../components/error-text.ts';
import { useSetRolePermissions } from '../../../features/accounts/admin-api.ts';
import { defaultsOf, grantChanges, groupCatalogue, isGrantable, type CatalogueEntry } from '../../../features/accounts/grants.ts';
import { usePermissionLabel } from './permission-label.ts';

/** One role's permissions as checkboxes by module; saving shows what changes and asks first. */
export function RoleGrantsEditor({ grants, catalogue }: { grants: RoleGrants; catalogue: CatalogueEntry[] }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const label = usePermissionLabel();
  const save = useSetRolePermissions();
  const [chosen, setChosen] = useState<string[]>(grants.permissions);
  const changes = grantChanges(grants.permissions, chosen);
  const isDirty = changes.added.length + changes.removed.length > 0;
  const roleName = t(`auth:roles.${grants.role}`);

  const toggle = (key: string, on: boolean) => setChosen((current) => (on ? [...current, key] : current.filter((k) => k !== key)));

  const confirmSave = () =>
    modal.confirm({
      title: t('admin:roles.confirmTitle', { role: roleName }),
      width: 520,
      content: (
        <Flex vertical gap={8}>
          {changes.added.length ? (
            <div>
              <Typography.Text strong>{t('admin:roles.added')}</Typography.Text>
              <div>{changes.added.map((k) => <Tag color="green" key={k}>{label.permission(k)}</Tag>)}</div>
            </div>
          ) : null}
          {changes.removed.length ? (
            <div>
              <Typography.Text strong>{t('admin:roles.removed')}</Typography.Text>
              <div>{changes.removed.map((k) => <Tag color="red" key={k}>{label.permission(k)}</Tag>)}</div>
            </div>
          ) : null}
          <Typography.Text type="secondary">{t('admin:roles.confirmNote')}</Typography.Text>
        </Flex>
      ),
      onOk: () =>
        save.mutateAsync({ role: grants.role, permissions: chosen }).then(
          () => void message.success(t('admin:roles.saved', { role: roleName })),
          (error: unknown) => void message.error(errorText(error)),
        ),
    });

  return (
    <Card
      title={
        <div style={{ padding: '12px 0' }}>
          {roleName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13, fontWeight: 'normal', whiteSpace: 'normal' }}>
            {t(`auth:roleDescriptions.${grants.role}`)}
          </Typography.Text>
        </div>
      }
      extra={
        <Flex gap={8}>
          <Button icon={<UndoOutlined />} onClick={() => setChosen(defaultsOf(grants.role, catalogue))}>
            {t('admin:roles.restoreDefaults')}
          </Button>
          <Button type="primary" disabled={!isDirty} loading={save.isPending} onClick={confirmSave}>
            {t('common:actions.save')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={20}>
        {groupCatalogue(catalogue).map(([group, entries]) => (
          <div key={group}>
            <Typography.Text type="secondary" strong style={{ display: 'block', marginBottom: 8 }}>
              {label.group(group)}
            </Typography.Text>
            <Flex vertical gap={8}>
              {entries.map((entry) => {
                const grantable = isGrantable(grants.role, entry);
                const box = (
                  <Checkbox checked={chosen.includes(entry.key)} disabled={!grantable && !chosen.includes(entry.key)} onChange={(e) => toggle(entry.key, e.target.checked)}>
                    {label.permission(entry.key)} <Typography.Text code>{entry.key}</Typography.Text>
                    {entry.defaultRoles.includes(grants.role) ? <Tag bordered={false}>{t('admin:roles.default')}</Tag> : null}
                    {entry.isAdministrative ? <Tag bordered={false} color="purple">{t('admin:roles.administrative')}</Tag> : null}
                    {label.description(entry.key) ? (
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                        {label.description(entry.key)}
                      </Typography.Text>
                    ) : null}
                  </Checkbox>
                );
                return grantable ? <div key={entry.key}>{box}</div> : (
                  <Tooltip key={entry.key} title={t('admin:roles.notGrantable')} placement="topLeft">
                    <div>{box}</div>
                  </Tooltip>
                );
              })}
            </Flex>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
