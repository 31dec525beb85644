import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { I18nextProvider, useTranslation } from 'react-i18next';
import './antd-react19.ts';
import type { Locale } from '@youyu/i18n';
import { i18n, currentLocale } from './i18n.ts';
import { queryClient } from './query-client.ts';
import { theme } from './theme.ts';

const antdLocales = { 'zh-CN': zhCN, 'en-US': enUS } satisfies Record<Locale, unknown>;

/** Ant Design follows the i18next language, so date pickers and pagination switch with the rest. */
function LocalisedAntd({ children }: { children: ReactNode }) {
  useTranslation(); // re-render on language change
  return (
    <ConfigProvider locale={antdLocales[currentLocale()]} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalisedAntd>{children}</LocalisedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
