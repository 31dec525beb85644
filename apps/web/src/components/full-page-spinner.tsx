import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** While the session or a page's code loads; centred so the layout doesn't jump. */
export function FullPageSpinner() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '60vh' }}>
      <Spin size="large" tip={t('common:states.loading')}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </Flex>
  );
}
