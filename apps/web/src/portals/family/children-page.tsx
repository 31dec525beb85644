import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from './coming-soon.tsx';

export function ChildrenPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portals:family.children.title')}
      </Typography.Title>
      <ComingSoon title={t('portals:family.children.comingTitle')} description={t('portals:family.children.comingDescription')} />
    </Flex>
  );
}
