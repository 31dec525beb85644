import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Statistic, Tabs, Tooltip, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ClosureCaseDetail, ClosureChild } from '@youyu/contracts';
import { RecordPage } from '../../../components/record-page.tsx';
import { hasPermission, useSignedInMe } from '../../../features/accounts/session.ts';
import { ChildrenTable } from '../../../features/closures/children-table.tsx';
import { CloseCaseModal } from '../../../features/closures/close-case-modal.tsx';
import { useClosureCase } from '../../../features/closures/closures-api.ts';
import { ClosureStatusTag } from '../../../features/closures/closure-status-tag.tsx';
import { NearbyTable } from '../../../features/closures/nearby-table.tsx';
import { PlacementModal } from '../../../features/closures/placement-modal.tsx';
import { PrepaymentsTable } from '../../../features/closures/prepayments-table.tsx';
import { formatFen } from '../../../features/institutions/institution-labels.ts';
import { JurisdictionName } from '../../../features/jurisdictions/jurisdiction-name.tsx';

/** One closure case: where every child goes, what every family is owed, and the places free nearby. */
export function ClosurePage() {
  const { t } = useTranslation();
  const { id } = useParams();
  return (
    <RecordPage backTo="/regulator/closures" backLabel={t('closures:detail.back')} query={useClosureCase(id)}>
      {(detail) => <CaseView detail={detail} />}
    </RecordPage>
  );
}

function CaseView({ detail }: { detail: ClosureCaseDetail }) {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const isOpen = detail.status === 'open';
  const canManage = hasPermission(me, 'closures.manage') && isOpen;
  const [placing, setPlacing] = useState<ClosureChild | null>(null);
  const [closing, setClosing] = useState(false);
  const unplaced = detail.childCount - detail.placedCount;
  const money = (fen: number) => formatFen(fen, i18n.language);

  const closeButton = canManage ? (
    <Tooltip title={unplaced > 0 ? t('closures:detail.closeBlocked', { count: unplaced }) : null}>
      <Button type="primary" danger icon={<CheckOutlined />} disabled={unplaced > 0} onClick={() => setClosing(true)}>
        {t('closures:detail.close')}
      </Button>
    </Tooltip>
  ) : null;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <Flex vertical gap={6} style={{ minWidth: 0 }}>
            <Flex align="center" gap={8} wrap>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {detail.institutionName}
              </Typography.Title>
              <ClosureStatusTag status={detail.status} />
            </Flex>
            <Typography.Text type="secondary">
              <JurisdictionName code={detail.subdistrictCode} /> · {detail.institution.address}
            </Typography.Text>
          </Flex>
          {closeButton}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('closures:detail.plannedDate')}>{detail.plannedDate}</Descriptions.Item>
          <Descriptions.Item label={t('closures:detail.filingNumber')}>{detail.institution.filingNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('closures:detail.openedAt')}>{dayjs(detail.openedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
          {detail.closedAt ? <Descriptions.Item label={t('closures:detail.closedAt')}>{dayjs(detail.closedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item> : null}
          <Descriptions.Item label={t('closures:detail.reason')} span="filled">
            {detail.reason}
          </Descriptions.Item>
          {detail.note ? (
            <Descriptions.Item label={t('closures:detail.note')} span="filled">
              {detail.note}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {isOpen ? null : <Alert type="info" showIcon style={{ marginTop: 12 }} message={t('closures:detail.closedAlert', { date: dayjs(detail.closedAt).format('YYYY-MM-DD') })} />}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card styles={{ body: { padding: 20 } }}>
            <Statistic title={t('closures:detail.stats.children')} value={detail.childCount} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card styles={{ body: { padding: 20 } }}>
            <Statistic title={t('closures:detail.stats.placed')} value={detail.placedCount} suffix={`/ ${detail.childCount}`} valueStyle={{ color: unplaced > 0 ? '#d46b08' : '#0e9f6e' }} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card styles={{ body: { padding: 20 } }}>
            <Statistic title={t('closures:detail.stats.unconsumed')} value={money(detail.prepaymentTotals.unconsumedFen)} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card styles={{ body: { padding: 20 } }}>
            <Statistic title={t('closures:detail.stats.owed')} value={money(detail.prepaymentTotals.owedFen)} valueStyle={{ color: detail.prepaymentTotals.owedFen > 0 ? '#cf1322' : '#0e9f6e' }} />
          </Card>
        </Col>
      </Row>

      <Card styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          items={[
            {
              key: 'children',
              label: `${t('closures:detail.tabs.children')} (${detail.placedCount}/${detail.childCount})`,
              children: <ChildrenTable items={detail.children} canRecord={canManage} onRecord={setPlacing} />,
            },
            {
              key: 'prepayments',
              label: `${t('closures:detail.tabs.prepayments')} (${detail.families.length})`,
              children: <PrepaymentsTable caseId={detail.id} families={detail.families} canRefund={hasPermission(me, 'closures.manage')} />,
            },
            ...(isOpen ? [{ key: 'nearby', label: t('closures:detail.tabs.nearby'), children: <NearbyTable caseId={detail.id} /> }] : []),
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('closures:detail.maskedNote')}
        </Typography.Paragraph>
      </Card>

      {canManage ? <PlacementModal caseId={detail.id} child={placing} onClose={() => setPlacing(null)} /> : null}
      {canManage ? <CloseCaseModal detail={detail} open={closing} onClose={() => setClosing(false)} /> : null}
    </Flex>
  );
}
