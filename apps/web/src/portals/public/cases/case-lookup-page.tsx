import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Input, Radio, Result, Skeleton, Steps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { satisfactionLevels, type PublicCase, type SatisfactionInput } from '@youyu/contracts';
import { isApiError } from '../../../api/problem.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormProblem, useFormProblem } from '../../../components/form-problem.tsx';
import { beijingTime, CaseStateTag, UrgentTag } from '../../../features/cases/case-tags.tsx';
import { useGiveSatisfaction, usePublicCase } from '../../../features/cases/cases-api.ts';
import { useJurisdictionName } from '../../../features/jurisdictions/jurisdictions.ts';
import { PublicLayout } from '../public-layout.tsx';
import { LookupBox } from './lookup-box.tsx';

const progress = ['submitted', 'acknowledged', 'replied', 'closed'] as const;

function Satisfaction({ found, code }: { found: PublicCase; code: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SatisfactionInput>();
  const give = useGiveSatisfaction(code);
  const { problem, report } = useFormProblem(form);
  if (found.satisfaction) return <Alert type="success" showIcon message={t('cases:lookup.rated')} description={t('cases:lookup.yourRating', { level: t(`cases:satisfaction.${found.satisfaction}`) })} />;
  if (!found.canGiveSatisfaction) return null;
  return (
    <Form form={form} layout="vertical" onFinish={(v) => give.mutate(v, { onError: report })}>
      <Form.Item name="level" label={t('cases:lookup.rate')} rules={[{ required: true, message: t('cases:report.required') }]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={satisfactionLevels.map((l) => ({ value: l, label: t(`cases:satisfaction.${l}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('cases:lookup.rateComment')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <FormProblem problem={problem} />
      <Button type="primary" htmlType="submit" loading={give.isPending} block>
        {t('cases:lookup.rateSubmit')}
      </Button>
    </Form>
  );
}

function CaseView({ found, code }: { found: PublicCase; code: string }) {
  const { t } = useTranslation();
  const district = useJurisdictionName(found.districtCode);
  const reached = found.state === 'duplicate' ? 0 : progress.indexOf(found.state);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text style={{ fontSize: 20, fontWeight: 600, letterSpacing: 1, fontFamily: 'ui-monospace, Menlo, monospace' }}>{found.trackingCode}</Typography.Text>
          <Flex gap={4}>
            {found.isUrgent ? <UrgentTag /> : null}
            <CaseStateTag state={found.state} />
          </Flex>
        </Flex>
        <Steps
          direction="vertical"
          size="small"
          current={found.state === 'closed' ? progress.length : reached + 1}
          style={{ marginTop: 16 }}
          items={progress.map((s) => ({
            title: t(`cases:lookup.steps.${s}`),
            description:
              s === 'acknowledged' && reached < 1 && found.acknowledgeDueAt
                ? t('cases:lookup.dueBy', { date: beijingTime(found.acknowledgeDueAt) })
                : s === 'replied' && reached < 2 && found.resolveDueAt
                  ? t('cases:lookup.dueBy', { date: beijingTime(found.resolveDueAt) })
                  : undefined,
          }))}
        />
        <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('cases:queue.columns.category')}>
            {t(`cases:kinds.${found.kind}`)} · {t(`cases:categories.${found.category}`)}
          </Descriptions.Item>
          {found.institutionName ? <Descriptions.Item label={t('cases:lookup.institution')}>{found.institutionName}</Descriptions.Item> : null}
          <Descriptions.Item label={t('cases:lookup.place')}>{district}</Descriptions.Item>
          <Descriptions.Item label={t('cases:lookup.submittedAt')}>{beijingTime(found.submittedAt)}</Descriptions.Item>
          {found.evidenceCount > 0 ? <Descriptions.Item label={t('cases:detail.evidence')}>{t('cases:lookup.evidenceCount', { count: found.evidenceCount })}</Descriptions.Item> : null}
        </Descriptions>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases:lookup.privacy')}
        </Typography.Text>
      </Card>

      <Card title={t('cases:lookup.reply')}>
        {found.reply ? (
          <Flex vertical gap={12}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{found.reply}</Typography.Paragraph>
            {found.repliedAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{beijingTime(found.repliedAt)}</Typography.Text> : null}
            <Satisfaction found={found} code={code} />
          </Flex>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Flex vertical>{t('cases:lookup.noReply')}<Typography.Text type="secondary">{t('cases:lookup.noReplyHint')}</Typography.Text></Flex>} />
        )}
      </Card>

      <Card title={t('cases:lookup.timeline')}>
        <Timeline
          items={[...found.timeline].reverse().map((e) => ({
            color: e.kind === 'replied' ? 'green' : e.kind === 'duplicate' ? 'gray' : 'blue',
            children: (
              <Flex vertical>
                <Typography.Text strong>{t(`cases:events.${e.kind}`)}</Typography.Text>
                {e.note ? <Typography.Text>{e.note}</Typography.Text> : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {beijingTime(e.at)}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

/** 投诉举报马上查: a case by its tracking code, without an account; and the box to look another one up. */
export function CaseLookupPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const found = usePublicCase(code);
  const isNotFound = found.isError && isApiError(found.error) && (found.error.status === 404 || found.error.status === 400);
  return (
    <PublicLayout>
      <div style={{ maxWidth: 560, margin: '0 auto', padding: '20px 16px 40px' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('cases:lookup.title')}
        </Typography.Title>
        {!code ? <Typography.Paragraph type="secondary">{t('cases:lookup.subtitle')}</Typography.Paragraph> : null}
        <div style={{ marginBottom: 16 }}>
          <LookupBox key={code} initial={code ?? ''} />
        </div>
        {!code ? null : found.isPending ? (
          <Card>
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        ) : isNotFound ? (
          <Card>
            <Result status="warning" title={t('cases:lookup.notFound')} />
          </Card>
        ) : found.isError ? (
          <ErrorState error={found.error} onRetry={() => void found.refetch()} />
        ) : (
          <CaseView found={found.data} code={code} />
        )}
        <Flex justify="center" style={{ marginTop: 24 }}>
          <Link to="/report">
            <Tag color="red" style={{ padding: '4px 12px', fontSize: 14 }}>
              {t('cases:nav.report')}
            </Tag>
          </Link>
        </Flex>
      </div>
    </PublicLayout>
  );
}
