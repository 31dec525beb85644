import { DatePicker, Divider, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ageInMonths } from '@youyu/contracts';
import { RegisterFilters } from '../register-filters.tsx';
import type { SearchValues } from './search-state.ts';

const grades = ['A', 'B', 'C', 'D'] as const;
const ownerships = ['public', 'publicBuiltPrivateRun', 'privateWithPublicAid', 'private'] as const;
const today = () => dayjs().format('YYYY-MM-DD');

/** The child's age at the start, in words: how the birth date becomes class types on the server. */
function AgeHint({ birthDate, startDate }: { birthDate: string; startDate: string | undefined }) {
  const { t } = useTranslation();
  const months = ageInMonths(birthDate, startDate ?? today());
  const key = months < 6 ? 'ageTooYoung' : months >= 36 ? 'ageTooOld' : 'ageMonths';
  return (
    <Typography.Text type={key === 'ageMonths' ? 'secondary' : 'warning'} style={{ fontSize: 12 }} data-testid="search-age-hint">
      {t(`register:find.filters.${key}`, { months: Math.max(0, months) })}
    </Typography.Text>
  );
}

/** Every filter of the map search: the child first (what families know), then money, places and the institution. */
export function SearchFilters({ state, update, cityCode }: { state: SearchValues; update: (patch: SearchValues) => void; cityCode: string | null }) {
  const { t } = useTranslation();
  const date = (value: string | undefined) => (value ? dayjs(value) : null);
  const any = t('register:filters.any');
  return (
    <Flex vertical>
      <Form layout="vertical" component="div">
        <Form.Item label={t('register:find.filters.childBirthDate')} htmlFor="search-birth-date" style={{ marginBottom: 8 }}>
          <DatePicker
            id="search-birth-date"
            style={{ width: '100%' }}
            value={date(state.childBirthDate)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(d) => update({ childBirthDate: d ? d.format('YYYY-MM-DD') : undefined, ...(d ? {} : { startDate: undefined }) })}
            inputReadOnly
          />
        </Form.Item>
        {state.childBirthDate ? (
          <Form.Item label={t('register:find.filters.startDate')} htmlFor="search-start-date" extra={<AgeHint birthDate={state.childBirthDate} startDate={state.startDate} />} style={{ marginBottom: 12 }}>
            <DatePicker id="search-start-date" style={{ width: '100%' }} placeholder={t('register:find.filters.startDateHint')} value={date(state.startDate)} disabledDate={(d) => d.isBefore(dayjs(state.childBirthDate), 'day')} onChange={(d) => update({ startDate: d ? d.format('YYYY-MM-DD') : undefined })} inputReadOnly />
          </Form.Item>
        ) : null}
        <Form.Item label={t('register:find.filters.fee')} style={{ marginBottom: 12 }}>
          <Flex gap={8} align="center">
            <InputNumber id="search-fee-min" aria-label={t('register:find.filters.feeMin')} placeholder={t('register:find.filters.feeMin')} min={0} max={100000} step={500} precision={0} value={state.feeMin ? Number(state.feeMin) : null} onChange={(v) => update({ feeMin: v === null ? undefined : String(v) })} style={{ flex: 1 }} />
            <span>–</span>
            <InputNumber id="search-fee-max" aria-label={t('register:find.filters.feeMax')} placeholder={t('register:find.filters.feeMax')} min={0} max={100000} step={500} precision={0} value={state.feeMax ? Number(state.feeMax) : null} onChange={(v) => update({ feeMax: v === null ? undefined : String(v) })} style={{ flex: 1 }} />
          </Flex>
        </Form.Item>
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
          <label htmlFor="search-has-vacancy">{t('register:find.filters.hasVacancy')}</label>
          <Switch id="search-has-vacancy" checked={state.hasVacancy === 'true'} onChange={(on) => update({ hasVacancy: on ? 'true' : undefined })} />
        </Flex>
        <Form.Item label={t('register:find.filters.grade')} htmlFor="search-grade" style={{ marginBottom: 12 }}>
          <Select id="search-grade" allowClear placeholder={any} value={state.grade} onChange={(v?: string) => update({ grade: v })} options={grades.map((g) => ({ value: g, label: t(`institutions:grades.${g}`) }))} />
        </Form.Item>
        <Form.Item label={t('register:find.filters.ownership')} htmlFor="search-ownership" style={{ marginBottom: 0 }}>
          <Select id="search-ownership" allowClear placeholder={any} value={state.ownership} onChange={(v?: string) => update({ ownership: v })} options={ownerships.map((o) => ({ value: o, label: t(`institutions:ownerships.${o}`) }))} />
        </Form.Item>
      </Form>
      <Divider style={{ margin: '16px 0 12px' }} />
      <RegisterFilters value={state} onChange={update} cityCode={cityCode} />
    </Flex>
  );
}
