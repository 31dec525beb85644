import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { departments, type Role } from '@youyu/contracts';
import { placementNeeds } from '../../../features/accounts/role-placement.ts';
import { JurisdictionPicker } from '../../../features/jurisdictions/jurisdiction-picker.tsx';
import { useJurisdictionRoot } from '../../../features/jurisdictions/jurisdictions.ts';
import { useSignedInMe } from '../../../features/accounts/session.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Department, jurisdiction and institution, as far as the chosen role carries them. */
export function PlacementFields({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const root = useJurisdictionRoot(me.jurisdictionCode);
  if (!role) return null;
  const needs = placementNeeds(role);
  const required = (field: keyof typeof needs) => needs[field] === 'required';
  return (
    <>
      {needs.department !== 'absent' ? (
        <Form.Item name="department" label={t('admin:users.fields.department')} rules={[{ required: required('department'), message: t('admin:users.required') }]}>
          <Select allowClear options={departments.map((d) => ({ value: d, label: t(`auth:departments.${d}`) }))} />
        </Form.Item>
      ) : null}
      {needs.jurisdictionCode !== 'absent' ? (
        <Form.Item
          name="jurisdictionCode"
          label={t('admin:users.fields.jurisdiction')}
          extra={needs.jurisdictionCode === 'optional' ? t('admin:users.jurisdictionOptional') : undefined}
          rules={[{ required: required('jurisdictionCode'), message: t('admin:users.required') }]}
        >
          {root ? <JurisdictionPicker rootCode={root.code} rootName={root.name} /> : <Input placeholder="110105" maxLength={12} />}
        </Form.Item>
      ) : null}
      {needs.institutionId !== 'absent' ? (
        <Form.Item
          name="institutionId"
          label={t('admin:users.fields.institution')}
          extra={t('admin:users.institutionHint')}
          rules={[{ required: required('institutionId'), pattern: uuidPattern, message: t('admin:users.institutionFormat') }]}
        >
          <Input placeholder="xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" />
        </Form.Item>
      ) : null}
    </>
  );
}
