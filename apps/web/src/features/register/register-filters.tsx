import { Button, Flex, Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName, useChildJurisdictions, useDistricts } from '../jurisdictions/jurisdictions.ts';
import { classTypeOptions, institutionKindOptions, serviceModeOptions } from './vocabularies.ts';

export type FilterValues = { district?: string; subdistrict?: string; kind?: string; classType?: string; serviceMode?: string; inclusive?: string };
export const filterKeys = ['district', 'subdistrict', 'kind', 'classType', 'serviceMode', 'inclusive'] as const satisfies readonly (keyof FilterValues)[];

type Props = {
  value: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  /** The city whose districts are offered; without one the area filters are left out. */
  cityCode: string | null;
};

/** The register's filters; every change applies at once (and goes into the URL). */
export function RegisterFilters({ value, onChange, cityCode }: Props) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts(cityCode ?? undefined);
  const subdistricts = useChildJurisdictions(value.district);
  const any = t('register:filters.any');
  const select = (key: keyof FilterValues, values: readonly string[], labelOf: (v: string) => string) => (
    <Select
      id={`register-filter-${key}`}
      value={value[key]}
      allowClear
      placeholder={any}
      onChange={(v?: string) => onChange({ [key]: v })}
      options={values.map((v) => ({ value: v, label: labelOf(v) }))}
    />
  );
  return (
    <Form layout="vertical" component="div">
      {cityCode ? (
        <>
          <Form.Item label={t('register:filters.district')} htmlFor="register-filter-district" style={{ marginBottom: 12 }}>
            <Select
              id="register-filter-district"
              value={value.district}
              allowClear
              showSearch
              optionFilterProp="label"
              loading={districts.isPending}
              placeholder={t('register:filters.allDistricts')}
              onChange={(district?: string) => onChange({ district, subdistrict: undefined })}
              options={(districts.data ?? []).map((d) => ({ value: d.code, label: localName(d, i18n.language) }))}
            />
          </Form.Item>
          <Form.Item label={t('register:filters.subdistrict')} htmlFor="register-filter-subdistrict" style={{ marginBottom: 12 }}>
            <Select
              id="register-filter-subdistrict"
              value={value.subdistrict}
              allowClear
              showSearch
              optionFilterProp="label"
              disabled={!value.district}
              loading={!!value.district && subdistricts.isPending}
              placeholder={value.district ? t('register:filters.allSubdistricts') : t('register:filters.chooseDistrictFirst')}
              onChange={(subdistrict?: string) => onChange({ subdistrict })}
              options={(subdistricts.data ?? []).filter((s) => s.level === 'subdistrict').map((s) => ({ value: s.code, label: localName(s, i18n.language) }))}
            />
          </Form.Item>
        </>
      ) : null}
      <Form.Item label={t('register:filters.kind')} htmlFor="register-filter-kind" style={{ marginBottom: 12 }}>
        {select('kind', institutionKindOptions, (k) => t(`institutions:kinds.${k}`))}
      </Form.Item>
      <Form.Item label={t('register:filters.classType')} htmlFor="register-filter-classType" style={{ marginBottom: 12 }}>
        {select('classType', classTypeOptions, (c) => t(`institutions:classTypes.${c}`))}
      </Form.Item>
      <Form.Item label={t('register:filters.serviceMode')} htmlFor="register-filter-serviceMode" style={{ marginBottom: 12 }}>
        {select('serviceMode', serviceModeOptions, (m) => t(`institutions:serviceModes.${m}`))}
      </Form.Item>
      <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
        <label htmlFor="register-filter-inclusive">{t('register:filters.inclusiveOnly')}</label>
        <Switch id="register-filter-inclusive" checked={value.inclusive === 'true'} onChange={(on) => onChange({ inclusive: on ? 'true' : undefined })} />
      </Flex>
    </Form>
  );
}

/** How many filters are set, for the phone's filter button. */
export const activeFilterCount = (value: FilterValues) => filterKeys.filter((k) => value[k]).length;

export function ResetFiltersButton({ onReset, disabled }: { onReset: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Button onClick={onReset} disabled={disabled}>
      {t('register:filters.reset')}
    </Button>
  );
}
