import { useEffect, useMemo } from 'react';
import { App, Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClassType, ClosureChild, NearbyInstitution, PlacementOutcome } from '@youyu/contracts';
import { FormProblem, useFormProblem } from '../../components/form-problem.tsx';
import { useNearby, useRecordPlacement } from './closures-api.ts';
import { distanceText } from './distance.ts';

type Values = { outcome: PlacementOutcome; targetInstitutionId?: string; targetClassType?: ClassType; note?: string };
const outcomes: PlacementOutcome[] = ['transferred', 'familyCare', 'other'];

/** Free places of the class types the child may join, per receiving institution. */
const freeFor = (institution: NearbyInstitution, accepted: readonly ClassType[]) => institution.vacancies.filter((v) => accepted.includes(v.classType) && v.vacancies > 0);

type Props = { caseId: string; child: ClosureChild | null; onClose: () => void };

/** Where one child goes: a transfer offers only nearby institutions with a free place for the child's age. */
export function PlacementModal({ caseId, child, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const record = useRecordPlacement(caseId);
  const nearby = useNearby(caseId, {});
  const outcome = Form.useWatch('outcome', form);
  const targetId = Form.useWatch('targetInstitutionId', form);
  const accepted = useMemo(() => child?.acceptedClassTypes ?? [], [child]);
  const candidates = (nearby.data?.items ?? []).filter((i) => freeFor(i, accepted).length > 0);
  const target = candidates.find((i) => i.id === targetId);

  useEffect(() => {
    if (!child) return;
    clear();
    const p = child.placement;
    form.setFieldsValue({ outcome: p?.outcome ?? 'transferred', targetInstitutionId: p?.targetInstitutionId ?? undefined, targetClassType: p?.targetClassType ?? undefined, note: p?.note ?? undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when another child is chosen
  }, [child]);

  const submit = async (values: Values) => {
    if (!child) return;
    clear();
    const note = values.note?.trim() || undefined;
    const body =
      values.outcome === 'transferred'
        ? { outcome: 'transferred' as const, targetInstitutionId: values.targetInstitutionId!, targetClassType: values.targetClassType!, note }
        : values.outcome === 'other'
          ? { outcome: 'other' as const, note: note ?? '' }
          : { outcome: 'familyCare' as const, note };
    try {
      await record.mutateAsync({ childId: child.childId, ...body });
      void message.success(t('closures:placement.saved'));
      onClose();
    } catch (error) {
      report(error);
    }
  };

  const radiusKm = (nearby.data?.radiusMetres ?? 0) / 1000;
  return (
    <Modal open={!!child} title={t('closures:placement.title')} okText={t('common:actions.save')} onOk={() => form.submit()} confirmLoading={record.isPending} onCancel={onClose} destroyOnHidden width={600}>
      {child ? (
        <Typography.Paragraph type="secondary">
          {t('closures:placement.child')}：{child.name} · {t('closures:children.ageValue', { count: child.ageMonths })} · {child.acceptedClassTypes.map((c) => t(`register:classTypesShort.${c}`)).join('、')}
        </Typography.Paragraph>
      ) : null}
      <FormProblem problem={problem} />
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="outcome" label={t('closures:placement.outcome')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={outcomes.map((o) => ({ value: o, label: t(`closures:outcomes.${o}`) }))} />
        </Form.Item>
        {outcome === 'transferred' ? (
          <>
            {nearby.data && candidates.length === 0 ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('closures:placement.noCandidates', { radius: radiusKm })} /> : null}
            <Form.Item name="targetInstitutionId" label={t('closures:placement.target')} extra={nearby.data ? t('closures:placement.candidates', { radius: radiusKm }) : null} rules={[{ required: true }]}>
              <Select
                loading={nearby.isPending}
                placeholder={t('closures:placement.targetPlaceholder')}
                onChange={() => form.setFieldValue('targetClassType', undefined)}
                options={candidates.map((i) => ({
                  value: i.id,
                  label: t('closures:placement.option', { name: i.name, distance: distanceText(i.distanceMetres, t), count: freeFor(i, accepted).reduce((sum, v) => sum + v.vacancies, 0) }),
                }))}
              />
            </Form.Item>
            <Form.Item name="targetClassType" label={t('closures:placement.targetClassType')} rules={[{ required: true }]}>
              <Select
                disabled={!target}
                options={(target ? freeFor(target, accepted) : []).map((v) => ({ value: v.classType, label: `${t(`institutions:classTypes.${v.classType}`)} · ${t('closures:placement.free', { count: v.vacancies })}` }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="note" label={t('closures:placement.note')} rules={outcome === 'other' ? [{ required: true, whitespace: true }] : []}>
          <Input.TextArea rows={2} maxLength={500} placeholder={outcome === 'other' ? t('closures:placement.otherNotePlaceholder') : t('closures:placement.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
