import type { ReactNode } from 'react';
import { Card, Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A tab whose service is not open yet: says what it will do, instead of an empty screen. */
export function ComingSoon({ title, description, children }: { title: string; description: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card style={{ borderRadius: 14 }}>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <Typography.Title level={5} style={{ marginBottom: 4 }}>
              {title} <Tag color="processing">{t('common:states.comingSoon')}</Tag>
            </Typography.Title>
            <Typography.Text type="secondary">{description}</Typography.Text>
          </>
        }
      />
      {children}
    </Card>
  );
}
