import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, List, Row, Tag, Timeline, Typography } from 'antd';
import { FileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@youyu/contracts';
import { apiBase } from '../../../api/client.ts';
import { RecordPage } from '../../../components/record-page.tsx';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { CaseActionModal, type CaseAction } from '../../../features/cases/case-action-modal.tsx';
import { beijingTime, CaseStateTag, DeadlineTag, UrgentTag } from '../../../features/cases/case-tags.tsx';
import { useCase } from '../../../features/cases/cases-api.ts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';
import { useJurisdictionName } from '../../../features/jurisdictions/jurisdictions.ts';

/** One complaint or report: what was reported, the evidence, every step, the reply and the finding. */
export function CasePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <RecordPage backTo="/regulator/cases" backLabel={t('cases:detail.back')} query={useCase(id)}>
      {(detail) => <CaseView detail={detail} />}
    </RecordPage>
  );
}

function Actions({ detail, onAction }: { detail: CaseDetail; onAction: (a: CaseAction) => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!hasPermission(me, 'cases.handle')) return null;
  if (detail.state === 'submitted') return <Button type="primary" onClick={() => onAction('acknowledge')}>{t('cases:detail.acknowledge')}</Button>;
  if (detail.state !== 'acknowledged') return null;
  return (
    <Flex gap={8} wrap>
      <Button onClick={() => onAction('step')}>{t('cases:detail.step')}</Button>
      <Button type="primary" onClick={() => onAction('reply')}>{t('cases:detail.reply')}</Button>
    </Flex>
  );
}

function CaseView({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<CaseAction | null>(null);
  const district = useJurisdictionName(detail.districtCode);
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0 }}>
            <Flex align="center" gap={8} wrap>
              {detail.isUrgent ? <UrgentTag /> : null}
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t(`cases:categories.${detail.category}`)} · {detail.institutionName ?? t('cases:queue.unknownInstitution')}
              </Typography.Title>
              <CaseStateTag state={detail.state} />
              {detail.deadline ? <DeadlineTag deadline={detail.deadline} /> : null}
            </Flex>
            <Typography.Text type="secondary" style={{ fontFamily: 'ui-monospace, Menlo, monospace' }}>
              {detail.trackingCode} · {t(`cases:kinds.${detail.kind}`)}
            </Typography.Text>
          </Flex>
          <Actions detail={detail} onAction={setAction} />
        </Flex>
        {detail.duplicateOfId ? (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            message={t('cases:detail.duplicateOf')}
            action={<Link to={`/regulator/cases/${detail.duplicateOfId}`}>{t('cases:detail.openOriginal')}</Link>}
          />
        ) : null}
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('cases:queue.columns.area')}>
            <JurisdictionName code={detail.subdistrictCode ?? detail.districtCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('cases:detail.routing')}>
            {t('cases:detail.routedTo', { district })}
            {detail.coDepartment ? `；${t('cases:detail.coDepartment', { department: t(`cases:departments.${detail.coDepartment}`) })}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases:queue.columns.submittedAt')}>{beijingTime(detail.submittedAt)}</Descriptions.Item>
          {detail.acknowledgeDueAt ? <Descriptions.Item label={t('cases:deadline.acknowledgeBy')}>{beijingTime(detail.acknowledgeDueAt)}</Descriptions.Item> : null}
          {detail.resolveDueAt ? <Descriptions.Item label={t('cases:deadline.resolveBy')}>{beijingTime(detail.resolveDueAt)}</Descriptions.Item> : null}
          {detail.address ? <Descriptions.Item label={t('cases:detail.address')}>{detail.address}</Descriptions.Item> : null}
          <Descriptions.Item label={t('cases:detail.submitter')}>
            {detail.submitter.isAnonymous ? t('cases:detail.anonymous') : [detail.submitter.name, detail.submitter.phone].filter(Boolean).join(' · ')}
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <Card title={t('cases:detail.description')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{detail.description}</Typography.Paragraph>
            </Card>
            <Card title={t('cases:lookup.reply')}>
              {detail.reply ? (
                <Flex vertical gap={8}>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{detail.reply}</Typography.Paragraph>
                  <Flex gap={8} wrap align="center">
                    <Tag color={detail.isSubstantiated ? 'red' : 'default'}>{t(detail.isSubstantiated ? 'cases:detail.substantiatedYes' : 'cases:detail.substantiatedNo')}</Tag>
                    <Typography.Text type="secondary">{detail.repliedAt ? beijingTime(detail.repliedAt) : null}</Typography.Text>
                  </Flex>
                  <Typography.Text>
                    {t('cases:detail.satisfaction')}：{detail.satisfaction ? t(`cases:satisfaction.${detail.satisfaction}`) : t('cases:detail.noSatisfaction')}
                    {detail.satisfactionComment ? `（${detail.satisfactionComment}）` : ''}
                  </Typography.Text>
                </Flex>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases:lookup.noReply')} />
              )}
            </Card>
            <Card title={t('cases:detail.evidence')}>
              <List
                dataSource={detail.evidence}
                locale={{ emptyText: t('cases:detail.noEvidence') }}
                renderItem={(e) => (
                  <List.Item>
                    <a href={`${apiBase}/cases/${detail.id}/evidence/${e.id}`} target="_blank" rel="noreferrer">
                      <FileOutlined /> {e.fileName}
                    </a>
                    <Typography.Text type="secondary">{Math.max(1, Math.round(e.sizeBytes / 1024))} KB</Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card title={t('cases:detail.events')}>
              <Timeline
                items={[...detail.events].reverse().map((e) => ({
                  color: e.kind === 'replied' ? 'green' : 'blue',
                  children: (
                    <Flex vertical>
                      <Flex gap={6} align="center">
                        <Typography.Text strong>{t(`cases:events.${e.kind}`)}</Typography.Text>
                        <Tag bordered={false}>{e.isPublic ? t('cases:detail.public') : t('cases:detail.internal')}</Tag>
                      </Flex>
                      {e.note ? <Typography.Text>{e.note}</Typography.Text> : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {beijingTime(e.at)}
                        {e.actorName ? ` · ${e.actorName}` : ''}
                      </Typography.Text>
                    </Flex>
                  ),
                }))}
              />
            </Card>
            {detail.duplicates.length > 0 ? (
              <Card title={t('cases:detail.duplicates')}>
                <List
                  dataSource={detail.duplicates}
                  renderItem={(d) => (
                    <List.Item>
                      <Link to={`/regulator/cases/${d.id}`} style={{ fontFamily: 'ui-monospace, Menlo, monospace' }}>
                        {d.trackingCode}
                      </Link>
                      <Typography.Text type="secondary">{beijingTime(d.submittedAt)}</Typography.Text>
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
          </Flex>
        </Col>
      </Row>
      <CaseActionModal detail={detail} action={action} onClose={() => setAction(null)} />
    </Flex>
  );
}
