import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, List, Modal, Rate, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ratingStatuses, type ModerationItem, type RatingStatus } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { listEmptyText } from '../../../components/list-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useErrorText } from '../../../components/error-text.ts';
import { useModalForm } from '../../../components/use-modal-form.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useModerateRating, useModerationQueue } from '../../../features/ratings/ratings-api.ts';

function RejectModal({ item, onClose }: { item: ModerationItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const moderate = useModerateRating();
  const { form, problem, close, submit } = useModalForm<{ reason: string }>(onClose, (v) => moderate.mutateAsync({ id: item!.id, decision: 'reject', reason: v.reason, revision: item!.revision }));
  return (
    <Modal open={!!item} title={t('ratings:moderation.rejectTitle')} onCancel={close} onOk={() => void submit()} confirmLoading={moderate.isPending} okButtonProps={{ danger: true }} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reason" label={t('ratings:moderation.reason')} rules={[{ required: true, message: t('cases:report.required') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={t('ratings:moderation.reasonPlaceholder')} />
        </Form.Item>
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}

/** Ratings the automatic screening held, for the district's moderator: publish, or reject with a reason. */
export function RatingModerationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [filters, setFilters] = useSearchState(['status'] as const);
  const status = (filters.status as RatingStatus | undefined) ?? 'held';
  const queue = useModerationQueue({ status, page: filters.page, pageSize: filters.pageSize });
  const moderate = useModerateRating();
  const [rejecting, setRejecting] = useState<ModerationItem | null>(null);
  const publish = (item: ModerationItem) =>
    moderate.mutate({ id: item.id, decision: 'publish', revision: item.revision }, { onSuccess: () => void message.success(t('ratings:moderation.published')), onError: (e) => void message.error(errorText(e)) });
  return (
    <>
      <PageHeader title={t('ratings:moderation.title')} description={t('ratings:moderation.description')} />
      <Segmented value={status} onChange={(s) => setFilters({ status: s })} options={ratingStatuses.map((s) => ({ value: s, label: t(`ratings:statuses.${s}`) }))} style={{ marginBottom: 16 }} />
      <Card>
        <QueryState query={queue}>
          {(page) => (
            <List<ModerationItem>
              dataSource={page.items}
              locale={{ emptyText: listEmptyText(false, t('ratings:moderation.empty'), t('ratings:moderation.emptyHint')) }}
              pagination={page.total > filters.pageSize ? { current: filters.page, pageSize: filters.pageSize, total: page.total, onChange: (p) => setFilters({ page: p }) } : false}
              renderItem={(item) => (
                <List.Item
                  actions={
                    item.status === 'held'
                      ? [
                          <Button key="publish" type="primary" size="small" loading={moderate.isPending} onClick={() => publish(item)}>{t('ratings:moderation.publish')}</Button>,
                          <Button key="reject" danger size="small" onClick={() => setRejecting(item)}>{t('ratings:moderation.reject')}</Button>,
                        ]
                      : []
                  }
                >
                  <List.Item.Meta
                    title={
                      <Flex gap={8} wrap align="center">
                        <Typography.Text strong>{item.institutionName}</Typography.Text>
                        <Rate disabled value={item.overall} style={{ fontSize: 12 }} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{item.familyName} · {dayjs(item.updatedAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                      </Flex>
                    }
                    description={
                      <Flex vertical gap={6}>
                        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', color: 'rgba(0,0,0,0.88)' }}>{item.comment}</Typography.Paragraph>
                        <Flex gap={4} wrap>
                          {item.heldFor.map((f) => (
                            <Tag key={f} color="orange">{t(`ratings:flags.${f}`)}</Tag>
                          ))}
                          {item.rejectReason ? <Tag>{item.rejectReason}</Tag> : null}
                        </Flex>
                      </Flex>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
      <RejectModal item={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
}
