import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArrowLeftOutlined } from '@ant-design/icons';

/** The "back to the list" link above a detail page. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} style={{ display: 'inline-block', marginBottom: 12 }}>
      <ArrowLeftOutlined /> {children}
    </Link>
  );
}
