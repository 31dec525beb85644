import zhCN from './zh-CN/index.ts';
import enUS from './en-US/index.ts';

export const locales = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** Catalogues by locale, then namespace. zh-CN is the source of truth; en-US mirrors its keys. */
export const resources = { 'zh-CN': zhCN, 'en-US': enUS } as const;
export type Namespace = keyof typeof zhCN;

/** Picks the caller's locale from an Accept-Language header; Chinese unless English is preferred. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en-US';
  }
  return defaultLocale;
}

/** Looks up "namespace:dotted.key" (or "dotted.key" in namespace `ns`) and fills {{params}}. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}, ns: Namespace = 'common'): string {
  const [namespace, path] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [ns, key];
  const lookup = (loc: Locale) =>
    path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), (resources[loc] as Record<string, unknown>)[namespace]);
  const found = lookup(locale) ?? lookup(defaultLocale);
  const text = typeof found === 'string' ? found : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => (params[name] === undefined ? '' : String(params[name])));
}
