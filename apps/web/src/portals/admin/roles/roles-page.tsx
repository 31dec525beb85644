import { useState } from 'react';
import { Badge, Card, Col, Grid, Menu, Row, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, RolesOverview } from '@youyu/contracts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useRoles } from '../../../features/accounts/admin-api.ts';
import { RoleGrantsEditor } from './role-grants-editor.tsx';

/** Roles and what each may do; the security administrator's page. */
export function RolesPage() {
  const { t } = useTranslation();
  const overview = useRoles();
  return (
    <>
      <PageHeader title={t('admin:roles.title')} description={t('admin:roles.description')} />
      <QueryState query={overview} skeleton={<Skeleton active paragraph={{ rows: 10 }} />} isEmpty={(o) => o.roles.length === 0}>
        {(data) => <RolesView overview={data} />}
      </QueryState>
    </>
  );
}

function RolesView({ overview }: { overview: RolesOverview }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Role>(overview.roles[0]?.role ?? 'regulator');
  const grants = overview.roles.find((r) => r.role === selected);
  // On a phone a list of nine roles would push the editor off screen; a picker takes one line.
  const isPhone = Grid.useBreakpoint().md === false;
  const editor = grants ? <RoleGrantsEditor key={grants.role + grants.permissions.join()} grants={grants} catalogue={overview.catalogue} /> : null;
  if (isPhone) {
    return (
      <>
        <Select
          value={selected}
          onChange={setSelected}
          options={overview.roles.map((r) => ({ value: r.role, label: `${t(`auth:roles.${r.role}`)} (${r.permissions.length})` }))}
          style={{ width: '100%', marginBottom: 12 }}
          size="large"
        />
        {editor}
      </>
    );
  }
  return (
    <Row gutter={[16, 16]}>
      <Col md={8} lg={6}>
        <Card styles={{ body: { padding: 8 } }}>
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            onClick={({ key }) => setSelected(key as Role)}
            style={{ borderInlineEnd: 0 }}
            items={overview.roles.map((r) => ({
              key: r.role,
              label: (
                <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
                  {t(`auth:roles.${r.role}`)}
                  <Badge count={r.permissions.length} showZero color="#94a3b8" />
                </span>
              ),
            }))}
          />
        </Card>
      </Col>
      <Col md={16} lg={18}>
        {editor}
      </Col>
    </Row>
  );
}
