import { App, Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { PremisesInput } from '@youyu/contracts';
import { useFormProblem } from '../../../components/form-problem.tsx';
import { localName, useChildJurisdictions } from '../../../features/jurisdictions/jurisdictions.ts';

/*
 * What the first filing's basics step and the change filing's step share: saving with the same
 * feedback, the premises as the API takes them, and the location fields. Kept in one place so the
 * two forms ask for and send these facts the same way.
 */

/** Saves a step: the problem clears first, success says so and moves on, a failure shows on the form. */
export function useStepSave(form: FormInstance, onSaved: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { problem, report, clear } = useFormProblem(form);
  const run = async (send: () => Promise<unknown>) => {
    clear();
    try {
      await send();
      void message.success(t('filings:apply.saved'));
      onSaved();
    } catch (error) {
      report(error);
    }
  };
  return { problem, run };
}

/** The premises fields as the API takes them: a lease end date only for leased premises. */
export const premisesInput = (v: { tenure: 'owned' | 'leased'; leaseEndDate: Dayjs | null; floorAreaM2: number }): PremisesInput => ({
  tenure: v.tenure,
  leaseEndDate: v.tenure === 'leased' && v.leaseEndDate ? v.leaseEndDate.format('YYYY-MM-DD') : null,
  floorAreaM2: v.floorAreaM2,
});

type LocationProps = {
  districtCode: string;
  /** Shown under the subdistrict, with a spinner while the list loads (the first filing explains how it is derived). */
  subdistrictHint?: string;
  /** Check the coordinates are a latitude and a longitude, not only present. */
  checkRanges?: boolean;
};

/** Address, subdistrict (of the institution's district) and WGS-84 point: fields `address`, `subdistrictCode`, `lat`, `lng`. */
export function LocationFields({ districtCode, subdistrictHint, checkRanges }: LocationProps) {
  const { t, i18n } = useTranslation();
  const subdistricts = useChildJurisdictions(districtCode);
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item name="address" label={t('institutions:fields.address')} rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="subdistrictCode" label={t('institutions:fields.subdistrict')} rules={[{ required: true }]} extra={subdistrictHint}>
          <Select
            showSearch
            optionFilterProp="label"
            loading={subdistrictHint !== undefined ? subdistricts.isPending : undefined}
            options={(subdistricts.data ?? []).map((s) => ({ value: s.code, label: localName(s, i18n.language) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="lat" label={t('filings:apply.basics.lat')} rules={[checkRanges ? { required: true, type: 'number', min: -90, max: 90 } : { required: true }]}>
          <InputNumber step={0.0001} precision={6} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name="lng" label={t('filings:apply.basics.lng')} rules={[checkRanges ? { required: true, type: 'number', min: -180, max: 180 } : { required: true }]}>
          <InputNumber step={0.0001} precision={6} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
