import { resources } from '@youyu/i18n';

/**
 * Reading typed values out of spreadsheet text. People type labels (托大班, 是, 2024/3/1) as
 * often as codes, so each reader accepts both and answers null for anything else.
 */
const comparable = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\(.*?\)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();

type Catalogue = (typeof resources)['zh-CN']['institutions'];

/** A reader for one vocabulary: the code itself, or its label in either language (without the bracketed note). */
export function vocabulary<T extends string>(values: readonly T[], labelsOf: (catalogue: Catalogue) => Record<T, string>): (text: string) => T | null {
  const lookup = new Map<string, T>();
  for (const value of values) {
    lookup.set(comparable(value), value);
    for (const locale of ['zh-CN', 'en-US'] as const) lookup.set(comparable(labelsOf(resources[locale].institutions as Catalogue)[value]), value);
  }
  return (text) => lookup.get(comparable(text)) ?? null;
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1', '√', '普惠', '提供']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0', '×', '非普惠', '不提供']);

export function readBoolean(text: string): boolean | null {
  const key = comparable(text);
  return YES.has(key) ? true : NO.has(key) ? false : null;
}

/** 2024-03-01, 2024/3/1, 2024.3.1 or 2024年3月1日 → 2024-03-01, if that day exists. */
export function readDate(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function readNumber(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/,/g, '').trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** A list cell: 全日托、半日托 / fullDay, halfDay / 全日托;计时托. */
export function readList(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[、,;/\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Reads one cell: its value (undefined when empty), or the code of what is wrong with it. */
export type CellReader = (text: string) => { value: unknown } | { code: string };

const unlessEmpty =
  (read: (text: string) => { value: unknown } | { code: string }): CellReader =>
  (text) =>
    text === '' ? { value: undefined } : read(text);

export const cellReaders = {
  text: (): CellReader => (text) => ({ value: text === '' ? undefined : text }),
  /** Digits only: Excel may hand a code over as a number. */
  code: (): CellReader => (text) => ({ value: text === '' ? undefined : text.normalize('NFKC').replace(/\s+/g, '').replace(/\.0+$/, '') }),
  oneOf: <T extends string>(read: (text: string) => T | null): CellReader => unlessEmpty((text) => (read(text) === null ? { code: 'unknownOption' } : { value: read(text) })),
  listOf: <T extends string>(read: (text: string) => T | null): CellReader =>
    unlessEmpty((text) => {
      const items = readList(text).map(read);
      return items.some((item) => item === null) ? { code: 'unknownOption' } : { value: [...new Set(items)] };
    }),
  date: (): CellReader => unlessEmpty((text) => (readDate(text) === null ? { code: 'invalidDate' } : { value: readDate(text) })),
  number: (): CellReader => unlessEmpty((text) => (readNumber(text) === null ? { code: 'invalidNumber' } : { value: readNumber(text) })),
  boolean: (): CellReader => unlessEmpty((text) => (readBoolean(text) === null ? { code: 'invalidBoolean' } : { value: readBoolean(text) })),
};
