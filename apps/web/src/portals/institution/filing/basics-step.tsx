import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { institutionKinds, ownerships, serviceModes, type InstitutionDetail, type ServiceMode } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useUpdateBasics } from '../../../features/filings/filings-api.ts';
import { LocationFields, premisesInput, useStepSave } from './step-form.tsx';

type Values = {
  kind: InstitutionDetail['kind'];
  ownership: InstitutionDetail['ownership'];
  brand: string;
  address: string;
  lat: number;
  lng: number;
  subdistrictCode: string;
  contactName: string;
  contactPhone: string;
  openingHours: string;
  serviceModes: ServiceMode[];
  tenure: 'owned' | 'leased';
  leaseEndDate: Dayjs | null;
  floorAreaM2: number;
  hasMeals: boolean;
};

/**
 * Step 1: what the registrar did not say. The location is a plain WGS-84 point and an address; the
 * subdistrict is derived from it where boundaries are known, else the one chosen here counts.
 */
export function BasicsStep({ institution: i, onSaved }: { institution: InstitutionDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { problem, run } = useStepSave(form, onSaved);
  const save = useUpdateBasics(i.id);
  const tenure = Form.useWatch('tenure', form);

  const submit = (v: Values) =>
    run(() =>
      save.mutateAsync({
        revision: i.revision,
        kind: v.kind,
        ownership: v.ownership,
        brand: v.brand?.trim() || null,
        location: { address: v.address, lat: v.lat, lng: v.lng, subdistrictCode: v.subdistrictCode },
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        openingHours: v.openingHours,
        serviceModes: v.serviceModes,
        premises: premisesInput(v),
        hasMeals: v.hasMeals,
      }),
    );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{
        kind: i.kind,
        ownership: i.ownership,
        brand: i.brand ?? '',
        address: i.address,
        lat: i.lat,
        lng: i.lng,
        subdistrictCode: i.subdistrictCode,
        contactName: i.contactName,
        contactPhone: i.contactPhone,
        openingHours: i.openingHours,
        serviceModes: i.serviceModes,
        tenure: i.premises.tenure,
        leaseEndDate: i.premises.leaseEndDate ? dayjs(i.premises.leaseEndDate) : null,
        floorAreaM2: i.premises.floorAreaM2 > 1 ? i.premises.floorAreaM2 : undefined,
        hasMeals: i.hasMeals,
      }}
    >
      <FormProblem problem={problem} />
      <Card title={t('filings:apply.basics.registration')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('institutions:fields.name')} extra={t('filings:apply.basics.fromRegistrar')}>
              <Input value={i.name} disabled />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('institutions:fields.creditCode')}>
              <Input value={i.creditCode} disabled />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('institutions:fields.kind')} rules={[{ required: true }]}>
              <Select options={institutionKinds.map((k) => ({ value: k, label: t(`institutions:kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="ownership" label={t('institutions:fields.ownership')} rules={[{ required: true }]}>
              <Select options={ownerships.map((o) => ({ value: o, label: t(`institutions:ownerships.${o}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="brand" label={t('institutions:fields.brand')} rules={[{ max: 100 }]}>
              <Input placeholder={t('filings:apply.basics.brandPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('filings:apply.basics.location')} size="small" style={{ marginBottom: 16 }}>
        <LocationFields districtCode={i.districtCode} subdistrictHint={t('filings:apply.basics.subdistrictHint')} checkRanges />
      </Card>
      <Card title={t('filings:apply.basics.service')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('institutions:fields.contactName')} rules={[{ required: true, max: 50 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="contactPhone" label={t('institutions:fields.contactPhone')} rules={[{ required: true, pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, message: t('filings:apply.basics.phoneInvalid') }]} extra={t('filings:apply.basics.phoneHint')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="openingHours" label={t('institutions:fields.openingHours')} rules={[{ required: true, max: 100 }]}>
              <Input placeholder={t('filings:apply.basics.hoursPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="serviceModes" label={t('institutions:fields.serviceModes')} rules={[{ required: true, type: 'array', min: 1, message: t('filings:apply.basics.serviceModesRequired') }]}>
              <Select mode="multiple" options={serviceModes.map((m) => ({ value: m, label: t(`institutions:serviceModes.${m}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="hasMeals" label={t('institutions:fields.hasMeals')} valuePropName="checked" extra={t('filings:apply.basics.mealsHint')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('institutions:fields.premises')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="tenure" label={t('filings:apply.basics.tenure')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={(['owned', 'leased'] as const).map((v) => ({ value: v, label: t(`institutions:premisesTenures.${v}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="leaseEndDate" label={t('institutions:fields.leaseEndDate')} rules={[{ required: tenure === 'leased', message: t('filings:apply.basics.leaseRequired') }]} extra={t('filings:apply.basics.leaseHint')}>
              <DatePicker disabled={tenure !== 'leased'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="floorAreaM2" label={t('institutions:fields.floorAreaM2')} rules={[{ required: true, type: 'number', min: 10, max: 100000, message: t('filings:apply.basics.areaInvalid') }]}>
              <InputNumber min={10} max={100000} style={{ width: '100%' }} addonAfter="m²" />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('filings:apply.saveAndNext')}
      </Button>
    </Form>
  );
}
