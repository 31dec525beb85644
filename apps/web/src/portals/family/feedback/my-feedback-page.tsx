import { Link } from 'react-router';
import { Button, Card, Empty, Flex, List, Rate, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/query-state.tsx';
import { beijingTime, CaseStateTag } from '../../../features/cases/case-tags.tsx';
import { useMyComplaints } from '../../../features/cases/cases-api.ts';
import { useMyRatings } from '../../../features/ratings/ratings-api.ts';

/** The family's complaints: each with its tracking code and state, and the way to file a new one. */
export function MyComplaintsPage() {
  const { t } = useTranslation();
  const complaints = useMyComplaints();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('cases:mine.title')}
        </Typography.Title>
        <Link to="/family/complaints/new">
          <Button type="primary" icon={<PlusOutlined />}>
            {t('cases:mine.new')}
          </Button>
        </Link>
      </Flex>
      <Card style={{ borderRadius: 16 }} styles={{ body: { padding: '4px 16px' } }}>
        <QueryState query={complaints} isEmpty={(d) => d.items.length === 0} empty={<Empty description={<Flex vertical>{t('cases:mine.empty')}<Typography.Text type="secondary">{t('cases:mine.emptyHint')}</Typography.Text></Flex>} />}>
          {(data) => (
            <List
              dataSource={data.items}
              renderItem={(c) => (
                <List.Item extra={<CaseStateTag state={c.state} />}>
                  <List.Item.Meta
                    title={<Link to={`/cases/${c.trackingCode}`}>{c.institutionName ?? '—'}</Link>}
                    description={`${t(`cases:categories.${c.category}`)} · ${c.trackingCode} · ${beijingTime(c.submittedAt)}`}
                  />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
    </Flex>
  );
}

/** The family's ratings, whatever their status, each a way back to edit it. */
export function MyRatingsPage() {
  const { t } = useTranslation();
  const ratings = useMyRatings();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('ratings:form.mine')}
      </Typography.Title>
      <Card style={{ borderRadius: 16 }} styles={{ body: { padding: '4px 16px' } }}>
        <QueryState query={ratings} isEmpty={(d) => d.items.length === 0} empty={<Empty description={t('ratings:form.mineEmpty')} />}>
          {(data) => (
            <List
              dataSource={data.items}
              renderItem={(r) => (
                <List.Item extra={<Tag color={r.status === 'published' ? 'success' : r.status === 'held' ? 'processing' : 'warning'}>{t(`ratings:statuses.${r.status}`)}</Tag>}>
                  <List.Item.Meta title={<Link to={`/family/rate/${r.institutionId}`}>{r.institutionName}</Link>} description={<Rate disabled value={r.overall} style={{ fontSize: 14 }} />} />
                </List.Item>
              )}
            />
          )}
        </QueryState>
      </Card>
    </Flex>
  );
}
