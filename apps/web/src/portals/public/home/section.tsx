import type { ReactNode } from 'react';
import { Typography } from 'antd';

type Props = { id?: string; title: ReactNode; description?: ReactNode; children: ReactNode; background?: string };

/** One band of the home page: a centred heading, a line of explanation, then the content. */
export function Section({ id, title, description, children, background }: Props) {
  return (
    <section id={id} style={{ background, padding: '56px 16px' }}>
      <div style={{ maxWidth: 1200, margin: '0 auto' }}>
        <Typography.Title level={2} style={{ textAlign: 'center', marginTop: 0, marginBottom: 8 }}>
          {title}
        </Typography.Title>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', maxWidth: 720, margin: '0 auto 32px', fontSize: 15 }}>
            {description}
          </Typography.Paragraph>
        ) : null}
        {children}
      </div>
    </section>
  );
}
