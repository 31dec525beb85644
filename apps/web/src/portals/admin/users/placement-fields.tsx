import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { departments, type Role } from '@youyu/contracts';
import { placementNeeds } from '../../../features/accounts/role-placement.ts';
import { JurisdictionPicker } from '../../../features/jurisdictions/jurisdiction-picker.tsx';
import { useJurisdictionRoot } from '../../../features/jurisdictions/jurisdictions.ts';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { InstitutionSelect } from './institution-select.tsx';

/** The district (or city) part of a jurisdiction code: what the institution look-up narrows by. */
const districtOf = (code: string | null | undefined) => (code && /^\d{6}/.test(code) ? code.slice(0, 6) : undefined);

/** Department, jurisdiction and institution, as far as the chosen role carries them. */
export function PlacementFields({ role }: { role: Role | undefined }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const root = useJurisdictionRoot(me.jurisdictionCode);
  const form = Form.useFormInstance();
  const jurisdictionCode = Form.useWatch<string | null | undefined>('jurisdictionCode', form);
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
        <Form.Item name="institutionId" label={t('admin:users.fields.institution')} extra={t('admin:users.institutionHint')} rules={[{ required: required('institutionId'), message: t('admin:users.required') }]}>
          <InstitutionSelect
            district={districtOf(jurisdictionCode)}
            // An institution account works where its institution is: picked first, it places the account in that district.
            // Marked touched as the administrator's own choice (setFieldValue would also trip a false "circular references" warning of rc-field-form).
            onPick={(institution) => {
              if (!jurisdictionCode) form.setFields([{ name: 'jurisdictionCode', value: institution.districtCode, touched: true }]);
            }}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
