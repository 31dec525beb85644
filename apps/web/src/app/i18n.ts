import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { defaultLocale, locales, resources, type Locale } from '@youyu/i18n';
import { setLanguageSource } from '../api/client.ts';

const storageKey = 'youyu.locale';
const dayjsLocales: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale);

/** Chinese first: English only when the user chose it on this device. */
function storedLocale(): Locale {
  try {
    const stored = localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

function applyLocale(locale: Locale): void {
  dayjs.locale(dayjsLocales[locale]);
  document.documentElement.lang = locale;
}

const initial = storedLocale();
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: defaultLocale,
  supportedLngs: [...locales],
  ns: Object.keys(resources[defaultLocale]),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
  showSupportNotice: false,
});
applyLocale(initial);
setLanguageSource(() => currentLocale());

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : defaultLocale;
}

/** Switches the UI language and remembers it on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode may refuse storage; the switch still applies to this visit.
  }
  applyLocale(locale);
  await i18n.changeLanguage(locale);
}

export { i18n };
