import { Card, Flex, Typography } from 'antd';
import { CheckCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** How to choose a safe institution, from the national filing and disclosure rules. */
export function ChoosingGuide() {
  const { t } = useTranslation();
  const tips = t('portals:family.guide.tips', { returnObjects: true }) as string[];
  return (
    <Card title={t('portals:family.guide.title')} size="small" style={{ borderRadius: 14 }}>
      <Flex vertical gap={10}>
        {tips.map((tip) => (
          <Flex key={tip} gap={8} align="baseline">
            <CheckCircleTwoTone twoToneColor="#0e9f6e" />
            <Typography.Text>{tip}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
