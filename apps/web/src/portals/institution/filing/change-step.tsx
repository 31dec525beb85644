import { Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { classTypes, type ClassRoster, type FilingChanges, type FilingDetail, type InstitutionDetail, type ProposedClass, type StaffMember } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { useUpdateFiling } from '../../../features/filings/filings-api.ts';
import { LocationFields, premisesInput, useStepSave } from './step-form.tsx';

type Aspect = 'location' | 'premises' | 'meals' | 'classes' | 'director';
type Values = {
  aspects: Aspect[];
  address: string;
  lat: number;
  lng: number;
  subdistrictCode: string;
  tenure: 'owned' | 'leased';
  leaseEndDate: Dayjs | null;
  floorAreaM2: number;
  hasMeals: boolean;
  classes: ProposedClass[];
  directorStaffId: string;
};

type Props = { filing: FilingDetail; institution: InstitutionDetail; rosters: ClassRoster[]; staff: StaffMember[]; onSaved: () => void };

/** A change filing's proposal (变更备案): only the filed facts that change, checked again by the district. */
export function ChangeStep({ filing, institution: i, rosters, staff, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { problem, run } = useStepSave(form, onSaved);
  const save = useUpdateFiling(filing.id);
  const aspects = Form.useWatch('aspects', form) ?? [];
  const tenure = Form.useWatch('tenure', form);
  const c = filing.changes ?? {};
  const caregivers = staff.filter((s) => s.role === 'caregiver');

  const submit = (v: Values) => {
    const has = (a: Aspect) => v.aspects.includes(a);
    const changes: FilingChanges = {
      ...(has('location') ? { location: { address: v.address, lat: v.lat, lng: v.lng, subdistrictCode: v.subdistrictCode } } : {}),
      ...(has('premises') ? { premises: premisesInput(v) } : {}),
      ...(has('meals') ? { hasMeals: v.hasMeals } : {}),
      ...(has('classes') ? { classes: v.classes.map((k) => ({ ...k, id: k.id ?? null, caregiverIds: k.caregiverIds ?? [] })) } : {}),
      ...(has('director') ? { directorStaffId: v.directorStaffId } : {}),
    };
    return run(() => save.mutateAsync({ revision: filing.revision, changes }));
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => void submit(v)}
      initialValues={{
        aspects: (['location', 'premises', 'meals', 'classes', 'director'] as const).filter((a) => (a === 'meals' ? c.hasMeals !== undefined : a === 'director' ? !!c.directorStaffId : !!c[a])),
        address: c.location?.address ?? i.address,
        lat: c.location?.lat ?? i.lat,
        lng: c.location?.lng ?? i.lng,
        subdistrictCode: c.location?.subdistrictCode ?? i.subdistrictCode,
        tenure: c.premises?.tenure ?? i.premises.tenure,
        leaseEndDate: (c.premises?.leaseEndDate ?? i.premises.leaseEndDate) ? dayjs(c.premises?.leaseEndDate ?? i.premises.leaseEndDate) : null,
        floorAreaM2: c.premises?.floorAreaM2 ?? i.premises.floorAreaM2,
        hasMeals: c.hasMeals ?? i.hasMeals,
        classes: c.classes ?? rosters.map((r) => ({ id: r.id, name: r.name, classType: r.classType, capacity: r.capacity, caregiverIds: r.caregivers.map((k) => k.id) })),
        directorStaffId: c.directorStaffId ?? staff.find((s) => s.role === 'director')?.id,
      }}
    >
      <FormProblem problem={problem} />
      <Card size="small" title={t('filings:change.what')} style={{ marginBottom: 16 }}>
        <Form.Item name="aspects" rules={[{ type: 'array', min: 1, message: t('filings:problems.NO_CHANGES') }]} style={{ marginBottom: 0 }}>
          <Checkbox.Group options={(['location', 'premises', 'meals', 'classes', 'director'] as const).map((a) => ({ value: a, label: t(`filings:change.aspects.${a}`) }))} />
        </Form.Item>
      </Card>
      {aspects.includes('location') ? (
        <Card size="small" title={t('filings:change.aspects.location')} style={{ marginBottom: 16 }}>
          <LocationFields districtCode={i.districtCode} />
        </Card>
      ) : null}
      {aspects.includes('premises') ? (
        <Card size="small" title={t('filings:change.aspects.premises')} style={{ marginBottom: 16 }}>
          <Space wrap size={16}>
            <Form.Item name="tenure" label={t('filings:apply.basics.tenure')}>
              <Radio.Group optionType="button" options={(['owned', 'leased'] as const).map((v) => ({ value: v, label: t(`institutions:premisesTenures.${v}`) }))} />
            </Form.Item>
            <Form.Item name="leaseEndDate" label={t('institutions:fields.leaseEndDate')} rules={[{ required: tenure === 'leased' }]}>
              <DatePicker disabled={tenure !== 'leased'} />
            </Form.Item>
            <Form.Item name="floorAreaM2" label={t('institutions:fields.floorAreaM2')} rules={[{ required: true, type: 'number', min: 10 }]}>
              <InputNumber min={10} addonAfter="m²" />
            </Form.Item>
          </Space>
        </Card>
      ) : null}
      {aspects.includes('meals') ? (
        <Card size="small" title={t('filings:change.aspects.meals')} style={{ marginBottom: 16 }}>
          <Form.Item name="hasMeals" label={t('institutions:fields.hasMeals')} valuePropName="checked" style={{ marginBottom: 0 }}>
            <Switch />
          </Form.Item>
        </Card>
      ) : null}
      {aspects.includes('classes') ? (
        <Card size="small" title={t('filings:change.aspects.classes')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('filings:change.classesHint')}</Typography.Paragraph>
          <Form.List name="classes">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                    <Form.Item name={[field.name, 'name']} rules={[{ required: true, max: 50 }]} style={{ width: 140 }}>
                      <Input placeholder={t('institutions:fields.className')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'classType']} rules={[{ required: true }]} style={{ width: 190 }}>
                      <Select options={classTypes.map((k) => ({ value: k, label: t(`institutions:classTypes.${k}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'capacity']} rules={[{ required: true, type: 'number', min: 1, max: 200 }]} style={{ width: 110 }}>
                      <InputNumber min={1} max={200} addonAfter={t('filings:change.people')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'caregiverIds']} style={{ width: 260 }}>
                      <Select mode="multiple" placeholder={t('filings:apply.classes.chooseCaregivers')} options={caregivers.map((s) => ({ value: s.id, label: s.name }))} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('filings:apply.classes.delete')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ id: null, name: '', classType: 'twosClass', capacity: 10, caregiverIds: [] })}>
                  {t('filings:apply.classes.add')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>
      ) : null}
      {aspects.includes('director') ? (
        <Card size="small" title={t('filings:change.aspects.director')} style={{ marginBottom: 16 }}>
          <Form.Item name="directorStaffId" label={t('filings:change.director')} rules={[{ required: true }]} extra={t('filings:change.directorHint')} style={{ maxWidth: 360 }}>
            <Select options={staff.map((s) => ({ value: s.id, label: `${s.name}（${t(`institutions:staffRoles.${s.role}`)}）` }))} />
          </Form.Item>
        </Card>
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('filings:apply.saveAndNext')}
      </Button>
    </Form>
  );
}
