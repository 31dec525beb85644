import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedDocuments } from './documents.ts';

const textDir = path.resolve(import.meta.dirname, '../../../../data/policy-library');
const withText = shippedDocuments.filter((doc) => doc.textFile);

/** The shipped texts are Youyu's summaries, never the official texts (see the data folder's README). */
describe('shipped policy texts', () => {
  it.each(withText.map((doc) => [doc.shippedKey, doc] as const))('%s is a marked summary of a sensible length', (_key, doc) => {
    const text = fs.readFileSync(path.join(textDir, doc.textFile!), 'utf8').trim();
    // The first line says whose summary it is and where the official text is published.
    expect(text.split('\n')[0]).toMatch(/^【摘要】本文是幼有所育平台依据.+整理的内容摘要，不是.*原文.*(网站|公报)/);
    expect(doc.source).toMatch(/^幼有所育摘要；/);
    const length = text.replace(/\s/g, '').length;
    expect(length).toBeGreaterThanOrEqual(600);
    expect(length).toBeLessThanOrEqual(1400);
  });

  it('ships a text for every document that names one, and no text that no document names', () => {
    const files = fs.readdirSync(textDir).filter((name) => name.endsWith('.txt'));
    expect(files.sort()).toEqual(withText.map((doc) => doc.textFile).sort());
  });
});
