import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, App, Button, Card, Flex, Form, Input, Rate, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_COMMENT_MAX, ratingDimensions, type MyRating, type RatingScores } from '@youyu/contracts';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { useRatingEligibility, useSaveRating } from '../../../features/ratings/ratings-api.ts';

type Values = RatingScores & { comment: string };
const scoreKeys = ['overall', ...ratingDimensions] as const;

function StatusNote({ rating }: { rating: MyRating }) {
  const { t } = useTranslation();
  if (rating.status === 'held') return <Alert type="info" showIcon message={t('ratings:form.heldNote', { flags: rating.heldFor.map((f) => t(`ratings:flags.${f}`)).join('、') })} />;
  if (rating.status === 'rejected') return <Alert type="warning" showIcon message={t('ratings:form.rejectedNote', { reason: rating.rejectReason })} />;
  return null;
}

/** A family rates an institution it knows (an enrollment or a completed visit): 1–5 overall and per dimension. */
export function RatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { institutionId } = useParams();
  const eligibility = useRatingEligibility(institutionId);
  const save = useSaveRating();
  const [form] = Form.useForm<Values>();
  const { problem, report } = useFormProblem(form);
  const existing = eligibility.data?.rating;
  useEffect(() => {
    if (existing) form.setFieldsValue(existing);
  }, [existing, form]);

  if (eligibility.isPending) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  if (eligibility.isError) return <ErrorState error={eligibility.error} onRetry={() => void eligibility.refetch()} />;
  const { institutionName, canRate } = eligibility.data;
  if (!canRate) {
    return (
      <Card style={{ borderRadius: 16 }}>
        <Result status="info" title={t('ratings:form.notEligibleTitle')} subTitle={t('ratings:form.notEligible')} extra={<Link to="/family/find"><Button type="primary">{t('ratings:form.findInstitutions')}</Button></Link>} />
      </Card>
    );
  }
  const submit = (values: Values) =>
    save.mutate(
      { institutionId: institutionId!, ...values, comment: values.comment ?? '' },
      { onSuccess: (saved) => void message.success(saved.status === 'published' ? t('ratings:form.saved') : t('ratings:form.held')), onError: report },
    );
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {existing ? t('ratings:form.editTitle') : t('ratings:form.title')}
      </Typography.Title>
      <Typography.Text strong>{institutionName}</Typography.Text>
      {existing ? <StatusNote rating={existing} /> : null}
      <Card style={{ borderRadius: 16 }}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('ratings:form.intro')}
        </Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          {scoreKeys.map((k) => (
            <Form.Item key={k} name={k} label={t(`ratings:dimensions.${k}`)} rules={[{ required: true, message: t('ratings:form.scoreRequired') }]} style={{ marginBottom: 12 }}>
              <Rate style={{ fontSize: k === 'overall' ? 30 : 24 }} />
            </Form.Item>
          ))}
          <Form.Item name="comment" label={t('ratings:form.comment')}>
            <Input.TextArea rows={4} maxLength={RATING_COMMENT_MAX} showCount placeholder={t('ratings:form.commentPlaceholder')} />
          </Form.Item>
          <FormProblem problem={problem} />
          <Button type="primary" htmlType="submit" size="large" block loading={save.isPending}>
            {t('ratings:form.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
