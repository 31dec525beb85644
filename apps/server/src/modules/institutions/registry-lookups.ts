import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { institutions } from './institutions.tables.ts';

/** Which of these credit codes the registry already holds (imports refuse duplicates). */
export async function findTakenCreditCodes(exec: Executor, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await exec.select({ code: institutions.creditCode }).from(institutions).where(inArray(institutions.creditCode, [...codes]));
  return new Set(rows.map((r) => r.code));
}

/** Which of these filing numbers are already given to an institution. */
export async function findTakenFilingNumbers(exec: Executor, numbers: readonly string[]): Promise<Set<string>> {
  if (numbers.length === 0) return new Set();
  const rows = await exec.select({ number: institutions.filingNumber }).from(institutions).where(inArray(institutions.filingNumber, [...numbers]));
  return new Set(rows.map((r) => r.number!));
}
