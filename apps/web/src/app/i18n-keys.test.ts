import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '@youyu/i18n';

const src = path.resolve(import.meta.dirname, '..');
const namespaces = Object.keys(resources['zh-CN']).join('|');
// A complete key in quotes, e.g. 'portals:signIn.title'; template prefixes like `auth:roles.${r}` end in a dot and are skipped.
const keyLiteral = new RegExp(`['"](?:${namespaces}):[A-Za-z0-9_.]*[A-Za-z0-9_]['"]`, 'g');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

const lookup = (locale: 'zh-CN' | 'en-US', key: string): unknown => {
  const [ns, dotted] = key.split(':') as [string, string];
  return dotted.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), (resources[locale] as Record<string, unknown>)[ns]);
};

describe('the web app’s message keys', () => {
  it('all exist in both catalogues', () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of sourceFiles(src)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(keyLiteral)) {
        const key = match[0].slice(1, -1);
        count += 1;
        for (const locale of ['zh-CN', 'en-US'] as const) if (lookup(locale, key) === undefined) missing.push(`${locale} ${key} (${path.relative(src, file)})`);
      }
    }
    expect(count).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});
