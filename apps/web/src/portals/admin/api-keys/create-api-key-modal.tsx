import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { registrars, type CreateApiKeyBody, type CreatedApiKey } from '@youyu/contracts';
import { CreateFormModal } from '../../../components/create-form-modal.tsx';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { useCreateApiKey } from '../../../features/exchange/exchange-api.ts';
import { useJurisdictionName } from '../../../features/jurisdictions/jurisdictions.ts';
import { useMeta } from '../../../features/meta/meta.ts';
import { JurisdictionPicker } from '../../../features/jurisdictions/jurisdiction-picker.tsx';

/** A key for one registrar system, within a city or district the administrator reaches. */
export function CreateApiKeyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (result: CreatedApiKey) => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  // A platform-wide administrator picks within the city this deployment serves.
  const meta = useMeta();
  const rootCode = me.jurisdictionCode ?? meta.data?.cityCode ?? '';
  const rootName = useJurisdictionName(rootCode) ?? '';
  const [form] = Form.useForm<CreateApiKeyBody>();
  const create = useCreateApiKey();

  return (
    <CreateFormModal
      open={open}
      title={t('exchange:apiKeys.createTitle')}
      width={520}
      form={form}
      mutate={create.mutate}
      pending={create.isPending}
      initialValues={{ jurisdictionCode: rootCode || undefined }}
      onClose={onClose}
      onCreated={onCreated}
    >
        <Form.Item name="name" label={t('exchange:apiKeys.fields.name')} extra={t('exchange:apiKeys.fields.nameHint')} rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('exchange:apiKeys.fields.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="registrar" label={t('exchange:apiKeys.fields.registrar')} rules={[{ required: true, message: t('exchange:apiKeys.fields.registrarRequired') }]}>
          <Select options={registrars.map((r) => ({ value: r, label: t(`institutions:registrars.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="jurisdictionCode"
          label={t('exchange:apiKeys.fields.jurisdiction')}
          extra={t('exchange:apiKeys.fields.jurisdictionHint')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('exchange:apiKeys.fields.jurisdictionRequired') }]}
        >
          <JurisdictionPicker rootCode={rootCode} rootName={rootName} />
        </Form.Item>
    </CreateFormModal>
  );
}
