import { useState } from 'react';
import { Button, Card, Empty, Flex, Form, Input, Modal, Pagination, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicRating } from '@youyu/contracts';
import { FormProblem } from '../../../components/form-problem.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useModalForm } from '../../../components/use-modal-form.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useSignedInMe } from '../../../features/accounts/session.ts';
import { RatingItem } from '../../../features/ratings/rating-item.tsx';
import { useInstitutionRatings, useReplyToRating } from '../../../features/ratings/ratings-api.ts';

function ReplyModal({ institutionId, rating, onClose }: { institutionId: string; rating: PublicRating | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reply = useReplyToRating(institutionId);
  const { form, problem, close, submit } = useModalForm<{ reply: string }>(onClose, (v) => reply.mutateAsync({ ratingId: rating!.id, reply: v.reply }));
  return (
    <Modal open={!!rating} title={t('ratings:reply.title')} okText={t('ratings:reply.submit')} onCancel={close} onOk={() => void submit()} confirmLoading={reply.isPending} destroyOnHidden>
      {rating ? <RatingItem rating={rating} /> : null}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="reply" extra={t('ratings:reply.once')} rules={[{ required: true, message: t('cases:report.required') }]}>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder={t('ratings:reply.placeholder')} />
        </Form.Item>
      </Form>
      <FormProblem problem={problem} />
    </Modal>
  );
}

/** The institution's published ratings, each with its one public reply (or the button to write it). */
export function InstitutionRatingsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const institutionId = me.institutionId!;
  const [paging, setPaging] = useSearchState([] as const, 10);
  const ratings = useInstitutionRatings(institutionId, { page: paging.page, pageSize: paging.pageSize });
  const [replying, setReplying] = useState<PublicRating | null>(null);
  return (
    <>
      <PageHeader title={t('ratings:institution.title')} description={t('ratings:institution.description')} />
      <Card>
        <QueryState query={ratings} isEmpty={(p) => p.total === 0} empty={<Empty description={t('ratings:list.empty')} />}>
          {(page) => (
            <Flex vertical>
              <Typography.Text type="secondary">
                {page.summary.average?.toFixed(1)} {t('ratings:summary.outOf')} · {t('ratings:summary.count', { count: page.summary.count })}
              </Typography.Text>
              {page.items.map((r) => (
                <RatingItem
                  key={r.id}
                  rating={r}
                  extra={
                    r.reply ? null : (
                      <Button size="small" style={{ alignSelf: 'flex-start', marginTop: 4 }} onClick={() => setReplying(r)}>
                        {t('ratings:reply.button')}
                      </Button>
                    )
                  }
                />
              ))}
              <Pagination current={paging.page} pageSize={paging.pageSize} total={page.total} hideOnSinglePage onChange={(p) => setPaging({ page: p })} style={{ marginTop: 12, alignSelf: 'flex-end' }} />
            </Flex>
          )}
        </QueryState>
      </Card>
      <ReplyModal institutionId={institutionId} rating={replying} onClose={() => setReplying(null)} />
    </>
  );
}
