import { useMemo } from 'react';
import { DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { NATIONAL, type NewPolicyDocument, type PolicyDocument } from '@youyu/contracts';
import { useDistricts, localName } from '../jurisdictions/jurisdictions.ts';
import { useJurisdictionName } from '../jurisdictions/jurisdictions.ts';
import { usePolicyFacets } from './policy-library-api.ts';

export type PolicyDocumentFormValues = {
  title: string;
  issuer: string;
  documentNumber?: string;
  issuedOn?: Dayjs | null;
  jurisdictionCode: string;
  tags: string[];
  body?: string;
  source?: string;
  sourceUrl?: string;
};

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** The form's values as the API takes them: blanks become null, the date an ISO date. */
export function toDocumentInput(values: PolicyDocumentFormValues): NewPolicyDocument {
  return {
    title: values.title,
    issuer: values.issuer,
    documentNumber: orNull(values.documentNumber),
    issuedOn: values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : null,
    jurisdictionCode: values.jurisdictionCode,
    tags: values.tags ?? [],
    body: values.body ?? '',
    source: orNull(values.source),
    sourceUrl: orNull(values.sourceUrl),
  };
}

export function formValuesOf(doc: PolicyDocument): PolicyDocumentFormValues {
  return { ...doc, documentNumber: doc.documentNumber ?? undefined, issuedOn: doc.issuedOn ? dayjs(doc.issuedOn) : null, source: doc.source ?? undefined, sourceUrl: doc.sourceUrl ?? undefined };
}

/**
 * Where the editor may file a document: a district regulator its district; a city-level one the
 * nation, the city and its districts. A document outside these (read-only) keeps its own.
 */
function useJurisdictionOptions(ownCode: string | null, current: { code: string; name: string } | null) {
  const { t, i18n } = useTranslation();
  const isCity = !!ownCode && ownCode.endsWith('0000');
  const districts = useDistricts(isCity ? ownCode : undefined);
  const ownName = useJurisdictionName(ownCode);
  return useMemo(() => {
    const options = ownCode
      ? [
          ...(isCity ? [{ value: NATIONAL, label: t('policyLibrary:form.nationalOption') }] : []),
          { value: ownCode, label: ownName ?? ownCode },
          ...(districts.data ?? []).map((d) => ({ value: d.code, label: localName(d, i18n.language) })),
        ]
      : [];
    if (current && !options.some((o) => o.value === current.code)) options.push({ value: current.code, label: current.name });
    return options;
  }, [ownCode, isCity, ownName, districts.data, current, t, i18n.language]);
}

type Props = {
  form: FormInstance<PolicyDocumentFormValues>;
  ownJurisdictionCode: string | null;
  /** The document's own jurisdiction, when editing. */
  current: { code: string; name: string } | null;
  disabled: boolean;
  initialValues: Partial<PolicyDocumentFormValues>;
  onFinish: (values: PolicyDocumentFormValues) => void;
};

/** A policy document's fields: what it is, who issued it, where and when, its topics and its text. */
export function PolicyDocumentForm({ form, ownJurisdictionCode, current, disabled, initialValues, onFinish }: Props) {
  const { t } = useTranslation();
  const jurisdictions = useJurisdictionOptions(ownJurisdictionCode, current);
  const facets = usePolicyFacets();
  const required = [{ required: true, whitespace: true, message: t('errors:field.required') }];
  return (
    <Form<PolicyDocumentFormValues> form={form} layout="vertical" disabled={disabled} initialValues={initialValues} onFinish={onFinish} requiredMark="optional">
      <Form.Item name="title" label={t('policyLibrary:fields.title')} rules={required}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} placeholder={t('policyLibrary:form.titlePlaceholder')} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', columnGap: 16 }}>
        <Form.Item name="issuer" label={t('policyLibrary:fields.issuer')} rules={required}>
          <Input maxLength={100} placeholder={t('policyLibrary:form.issuerPlaceholder')} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t('policyLibrary:fields.documentNumber')}>
          <Input maxLength={60} placeholder={t('policyLibrary:form.documentNumberPlaceholder')} />
        </Form.Item>
        <Form.Item name="jurisdictionCode" label={t('policyLibrary:fields.jurisdiction')} rules={[{ required: true, message: t('errors:field.required') }]} extra={t('policyLibrary:form.jurisdictionHelp')}>
          <Select options={jurisdictions} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('policyLibrary:fields.issuedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="tags" label={t('policyLibrary:fields.tags')}>
        <Select mode="tags" maxCount={10} placeholder={t('policyLibrary:form.tagsPlaceholder')} options={(facets.data?.tags ?? []).map((f) => ({ value: f.tag, label: f.tag }))} />
      </Form.Item>
      <Form.Item name="body" label={t('policyLibrary:fields.body')} extra={t('policyLibrary:form.bodyHelp')}>
        <Input.TextArea autoSize={{ minRows: 12, maxRows: 30 }} maxLength={200_000} placeholder={t('policyLibrary:form.bodyPlaceholder')} style={{ fontSize: 15, lineHeight: 1.8 }} />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', columnGap: 16 }}>
        <Form.Item name="source" label={t('policyLibrary:fields.source')}>
          <Input maxLength={200} placeholder={t('policyLibrary:form.sourcePlaceholder')} />
        </Form.Item>
        <Form.Item name="sourceUrl" label={t('policyLibrary:fields.sourceUrl')} rules={[{ type: 'url', message: t('errors:field.invalid_format') }]}>
          <Input maxLength={500} placeholder={t('policyLibrary:form.sourceUrlPlaceholder')} />
        </Form.Item>
      </div>
    </Form>
  );
}
