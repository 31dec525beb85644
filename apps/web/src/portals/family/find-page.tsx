import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from './coming-soon.tsx';
import { ChoosingGuide } from './guide-card.tsx';

export function FindChildcarePage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portals:family.find.title')}
      </Typography.Title>
      <ComingSoon title={t('portals:family.find.comingTitle')} description={t('portals:family.find.comingDescription')} />
      <ChoosingGuide />
    </Flex>
  );
}
