import type { ReactNode } from 'react';
import { Card, Statistic } from 'antd';

/** One headline number on a dashboard. */
export function StatCard({ title, value, color }: { title: ReactNode; value: number | string; color?: string }) {
  return (
    <Card style={{ height: '100%' }} styles={{ body: { padding: 20 } }}>
      <Statistic title={title} value={value} valueStyle={color ? { color } : undefined} />
    </Card>
  );
}
