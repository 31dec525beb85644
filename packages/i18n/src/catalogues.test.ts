import { describe, expect, it } from 'vitest';
import { pickLocale, resources, translate } from './index.ts';

/** Every key path of a catalogue, with its value, e.g. ["errors.NOT_FOUND", "…"]. */
function flatten(node: unknown, prefix = ''): [string, unknown][] {
  if (!node || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  const zh = new Map(flatten(resources['zh-CN']));
  const en = new Map(flatten(resources['en-US']));

  it('en-US has exactly the keys of zh-CN (the source of truth)', () => {
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([]);
  });

  it('every message is a non-empty string with the same placeholders in both languages', () => {
    for (const [key, text] of zh) {
      expect(typeof text === 'string' && text.trim().length > 0, `zh-CN ${key}`).toBe(true);
      expect(placeholders(en.get(key)), `placeholders of ${key}`).toEqual(placeholders(text));
    }
  });

  it('picks the caller language, Chinese by default', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en-US');
    expect(pickLocale('fr-FR, en;q=0.5, zh;q=0.8')).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
  });

  it('fills placeholders and falls back to zh-CN', () => {
    expect(translate('en-US', 'errors:INTERNAL', { requestId: 'r-1' })).toContain('r-1');
    expect(translate('zh-CN', 'errors:no.such.key')).toBe('errors:no.such.key');
  });
});
