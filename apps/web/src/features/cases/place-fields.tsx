import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName, useChildJurisdictions, useDistricts } from '../jurisdictions/jurisdictions.ts';
import { cityOf, useMeta } from '../meta/meta.ts';

/** Where an institution outside the register is: district, subdistrict, its name or sign, the address. */
export function PlaceFields() {
  const { t, i18n } = useTranslation();
  const city = cityOf(useMeta().data);
  const districts = useDistricts(city?.code);
  const form = Form.useFormInstance();
  const district = Form.useWatch<string | undefined>('districtCode', form);
  const subdistricts = useChildJurisdictions(district);
  const required = [{ required: true, message: t('cases:report.required') }];
  return (
    <>
      <Form.Item name="districtCode" label={t('cases:report.district')} rules={required}>
        <Select loading={districts.isPending} options={(districts.data ?? []).map((d) => ({ value: d.code, label: localName(d, i18n.language) }))} onChange={() => form.setFieldValue('subdistrictCode', undefined)} />
      </Form.Item>
      <Form.Item name="subdistrictCode" label={t('cases:report.subdistrict')}>
        <Select allowClear disabled={!district} loading={!!district && subdistricts.isPending} options={(subdistricts.data ?? []).map((d) => ({ value: d.code, label: localName(d, i18n.language) }))} />
      </Form.Item>
      <Form.Item name="institutionName" label={t('cases:report.unknownName')}>
        <Input maxLength={100} placeholder={t('cases:report.unknownNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="address" label={t('cases:report.address')}>
        <Input maxLength={200} placeholder={t('cases:report.addressPlaceholder')} />
      </Form.Item>
    </>
  );
}
