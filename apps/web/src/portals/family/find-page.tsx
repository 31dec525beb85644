import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MapSearch } from '../../features/register/search/map-search.tsx';

/** The family portal's "find" tab: the public map search in the phone frame. */
export function FindChildcarePage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portals:family.find.title')}
      </Typography.Title>
      <MapSearch layout="phone" />
    </Flex>
  );
}
