import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { z } from 'zod';
import { migrationsFolder } from '../db/index.ts';
import type { MigrationRecord } from './catalogue.ts';

/**
 * A backup file is gzip'd JSON lines: a header (format, migration level), then for each table a
 * line naming it and its columns followed by one JSON array per row (every value as PostgreSQL's
 * text form, or null), then the sequences, then an end line with the row counts, so a cut-off
 * file is recognised instead of half-restored.
 */
export const Header = z.object({
  format: z.literal('youyu-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  server: z.string(),
  migrations: z.array(z.object({ hash: z.string(), createdAt: z.string() })),
});
export const TableStart = z.object({ table: z.string(), columns: z.array(z.object({ name: z.string(), type: z.string() })) });
export const Sequences = z.object({ sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })) });
export const End = z.object({ end: z.literal(true), rows: z.record(z.string(), z.number().int().min(0)) });
export type Header = z.infer<typeof Header>;
export type Row = (string | null)[];

/** A backup or restore the operator must act on; the CLI prints its message without a stack. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export const jsonLine = (value: unknown) => `${JSON.stringify(value)}\n`;
export const totalRows = (rowsByTable: Record<string, number>) => Object.values(rowsByTable).reduce((a, b) => a + b, 0);

/** Streams the lines of a gzip'd file; never holds more than one chunk and one line. */
export async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip).setEncoding('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) if (line) yield line;
    }
  } catch (error) {
    throw new BackupError(`${file} is not a readable Youyu backup: ${(error as Error).message}`);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
  if (rest) yield rest;
}

/** "3 migrations, the latest 0002_filings", for messages about a level mismatch. */
export function describeLevel(migrations: readonly MigrationRecord[]): string {
  const latest = migrations.at(-1);
  if (!latest) return 'no migrations';
  const tag = journalTags().get(latest.createdAt) ?? `hash ${latest.hash.slice(0, 12)}`;
  return `${migrations.length} migration${migrations.length === 1 ? '' : 's'}, the latest ${tag}`;
}

function journalTags(): Map<string, string> {
  try {
    const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number; tag: string }[] };
    return new Map(journal.entries.map((e) => [String(e.when), e.tag]));
  } catch {
    return new Map();
  }
}

export const isSameLevel = (a: readonly MigrationRecord[], b: readonly MigrationRecord[]) => a.length === b.length && a.every((m, i) => m.hash === b[i]!.hash);
