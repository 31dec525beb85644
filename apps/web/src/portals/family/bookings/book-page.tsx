import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Radio, Skeleton, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ageInMonths, classTypesForAge, type BookingOptions, type ClassType, type FamilyChild, type ServiceMode } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { ChildModal } from '../../../features/bookings/child-modal.tsx';
import { useFamilyChildren } from '../../../features/bookings/children-api.ts';
import { useBookingOptions, useRequestBooking } from '../../../features/bookings/family-bookings-api.ts';

type Values = { childId: string; startDate: Dayjs; classType: ClassType; serviceMode: ServiceMode };

/** Care usually starts on the first of a month: the next one is the default. */
const firstOfNextMonth = () => dayjs().add(1, 'month').startOf('month');
const isoDate = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The class types this institution runs that take the child on the start date. */
function fittingTypes(options: BookingOptions, child: FamilyChild | undefined, startDate: Dayjs | undefined): { months: number; types: ClassType[] } | null {
  if (!child || !startDate) return null;
  const months = ageInMonths(child.birthDate, isoDate(startDate));
  const fits = classTypesForAge(months, options.mixedMinAgeMonths);
  return { months, types: options.classTypes.map((c) => c.classType).filter((c) => fits.includes(c)) };
}

/** 入托网上约: child → class type (suggested from the age on the start date) → service mode → start date, then a review before sending. */
export function BookPlacePage() {
  const { t } = useTranslation();
  const { institutionId } = useParams();
  const options = useBookingOptions(institutionId);
  const children = useFamilyChildren();
  if (options.isPending || children.isPending) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  if (children.isError) return <ErrorState error={children.error} onRetry={() => void children.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('bookings:book.title')}
      </Typography.Title>
      <Link to={`/institutions/${options.data.institution.id}`}>
        <Typography.Text strong>{options.data.institution.name}</Typography.Text>
      </Link>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {options.data.institution.address}
      </Typography.Text>
      <BookingForm options={options.data} familyChildren={children.data.items} />
    </Flex>
  );
}

function BookingForm({ options, familyChildren }: { options: BookingOptions; familyChildren: FamilyChild[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const request = useRequestBooking();
  const [form] = Form.useForm<Values>();
  const { problem, report, clear } = useFormProblem(form);
  const [adding, setAdding] = useState(false);
  const [review, setReview] = useState<Values | null>(null);
  const childId = Form.useWatch('childId', form);
  const startDate = Form.useWatch('startDate', form);
  const child = familyChildren.find((c) => c.id === childId);
  const fit = fittingTypes(options, child, startDate);
  const suggested = fit?.types[0];

  // The class type follows the child and the start date, unless the family picked another that fits too.
  const fitting = fit?.types.join(',');
  useEffect(() => {
    if (fitting === undefined) return;
    const types = fitting ? (fitting.split(',') as ClassType[]) : [];
    const current = form.getFieldValue('classType') as ClassType | undefined;
    if (!current || !types.includes(current)) form.setFieldValue('classType', types[0]);
  }, [fitting, form]);

  const bookable = familyChildren.filter((c) => c.status !== 'enrolled');
  const initialValues = { childId: bookable.length === 1 ? bookable[0]!.id : undefined, startDate: firstOfNextMonth(), serviceMode: options.institution.serviceModes[0] };
  const classLabel = (c: ClassType) => t(`institutions:classTypes.${c}`);

  const send = (values: Values) => {
    clear();
    request.mutate(
      { institutionId: options.institution.id, childId: values.childId, classType: values.classType, serviceMode: values.serviceMode, startDate: isoDate(values.startDate) },
      {
        onSuccess: () => {
          void message.success(t('bookings:book.submitted'));
          void navigate('/family/bookings');
        },
        onError: (error) => {
          // Back to the form, its refusal on top where the family looks first.
          setReview(null);
          report(error);
          window.scrollTo({ top: 0, behavior: 'smooth' });
        },
      },
    );
  };

  return (
    <Card style={{ borderRadius: 16 }}>
      {review ? null : <FormProblem problem={problem} />}
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onFinish={setReview} style={{ display: review ? 'none' : undefined }}>
        <Form.Item name="childId" label={t('bookings:book.child')} rules={[{ required: true, message: t('bookings:book.noChildren') }]}>
          <Radio.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {familyChildren.map((c) => (
                <Radio key={c.id} value={c.id} disabled={c.status === 'enrolled'} data-testid="book-child">
                  {c.name} · {t('bookings:ageMonths', { months: ageInMonths(c.birthDate, isoDate(dayjs())) })}
                  {c.status === 'enrolled' ? <Typography.Text type="secondary"> · {t('bookings:book.enrolled')}</Typography.Text> : null}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} style={{ marginTop: -12, marginBottom: 16 }}>
          {t('bookings:book.addChild')}
        </Button>
        <Form.Item name="classType" label={t('bookings:book.classType')} rules={[{ required: true, message: t('bookings:children.required') }]} extra={fit && fit.types.length === 0 ? null : fit ? t('bookings:book.ageAtStart', { months: fit.months }) : null}>
          <Radio.Group style={{ width: '100%' }}>
            <Flex vertical gap={8}>
              {options.classTypes.map((c) => (
                <Radio key={c.classType} value={c.classType} disabled={!!fit && !fit.types.includes(c.classType)}>
                  {classLabel(c.classType)}
                  <Typography.Text type={c.vacancies > 0 ? 'success' : 'warning'} style={{ fontSize: 12 }}>
                    {' · '}
                    {c.vacancies > 0 ? t('bookings:book.vacancies', { count: c.vacancies }) : t('bookings:book.noVacancy')}
                  </Typography.Text>
                  {c.classType === suggested ? <Typography.Text type="secondary" style={{ fontSize: 12 }}> · {t('bookings:book.suggested')}</Typography.Text> : null}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {fit && fit.types.length === 0 ? <Alert type="warning" showIcon style={{ marginTop: -8, marginBottom: 16 }} message={t('bookings:book.noClassForAge', { months: fit.months })} data-testid="no-class-for-age" /> : null}
        <Form.Item name="serviceMode" label={t('bookings:book.serviceMode')} rules={[{ required: true, message: t('bookings:children.required') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={options.institution.serviceModes.map((m) => ({ value: m, label: t(`institutions:serviceModes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="startDate" label={t('bookings:book.startDate')} rules={[{ required: true, message: t('bookings:children.required') }]}>
          <DatePicker style={{ width: '100%' }} allowClear={false} inputReadOnly disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block disabled={!!fit && fit.types.length === 0}>
          {t('bookings:book.next')}
        </Button>
      </Form>
      {review ? (
        <Flex vertical gap={12}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('bookings:book.review')}
          </Typography.Title>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('bookings:book.institution')}>{options.institution.name}</Descriptions.Item>
            <Descriptions.Item label={t('bookings:mine.child')}>{familyChildren.find((c) => c.id === review.childId)?.name}</Descriptions.Item>
            <Descriptions.Item label={t('bookings:book.classType')}>{classLabel(review.classType)}</Descriptions.Item>
            <Descriptions.Item label={t('bookings:book.serviceMode')}>{t(`institutions:serviceModes.${review.serviceMode}`)}</Descriptions.Item>
            <Descriptions.Item label={t('bookings:book.startDate')}>{isoDate(review.startDate)}</Descriptions.Item>
          </Descriptions>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('bookings:book.rules', { max: options.maxOpenPerChild, days: options.offerValidDays })}
          </Typography.Text>
          <Button type="primary" size="large" block loading={request.isPending} onClick={() => send(review)} data-testid="confirm-booking">
            {t('bookings:book.submit')}
          </Button>
          <Button size="large" block onClick={() => setReview(null)}>
            {t('bookings:book.edit')}
          </Button>
        </Flex>
      ) : null}
      <ChildModal open={adding} onClose={() => setAdding(false)} onSaved={(c) => form.setFieldValue('childId', c.id)} />
    </Card>
  );
}
