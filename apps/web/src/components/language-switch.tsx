import { Button, Dropdown } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '@youyu/i18n';
import { changeLocale, currentLocale } from '../app/i18n.ts';

const labelKeys: Record<Locale, string> = { 'zh-CN': 'common:language.zh', 'en-US': 'common:language.en' };

/** 中文 / English, remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const active = currentLocale();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [active],
        items: locales.map((locale) => ({ key: locale, label: t(labelKeys[locale]), lang: locale })),
        onClick: ({ key }) => void changeLocale(key as Locale),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('common:language.current', { language: t(labelKeys[active]) })}>
        {t(labelKeys[active])}
      </Button>
    </Dropdown>
  );
}
