import type { FilingSettings, FilingSettingsInput } from '@youyu/contracts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { Executor } from '../../platform/db/index.ts';
import { DomainError } from '../../platform/errors/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { cityCodeOf } from '../jurisdictions/index.ts';
import { defaultNumberFormat, numberScope, renderFilingNumber } from './filing-numbers.ts';
import * as repo from './filings.repository.ts';
import { nationalHolidays, nationalMakeUpWorkdays } from './holiday-calendar.ts';
import { workCalendar, type WorkCalendar } from './working-days.ts';

/** A city's settings, or the shipped defaults (its abbreviation's format, the national calendar). */
export async function settingsOf(exec: Executor, cityCode: string): Promise<FilingSettings> {
  const row = await repo.findSettings(exec, cityCode);
  if (!row) return { cityCode, numberFormat: defaultNumberFormat(cityCode), holidays: [...nationalHolidays], makeUpWorkdays: [...nationalMakeUpWorkdays], isDefault: true, revision: 0 };
  return { cityCode, numberFormat: row.numberFormat, holidays: row.holidays, makeUpWorkdays: row.makeUpWorkdays, isDefault: false, revision: row.revision };
}

/** The working-day calendar of the city a place belongs to. */
export async function calendarAt(exec: Executor, jurisdictionCode: string): Promise<WorkCalendar> {
  const settings = await settingsOf(exec, cityCodeOf(jurisdictionCode));
  return workCalendar(settings.holidays, settings.makeUpWorkdays);
}

/**
 * The next filing number for a district, in its city's format. Numbers already taken (imported
 * filing history) are stepped over; the counter is rolled back with the transaction, so a filing
 * that fails after this leaves no gap.
 */
export async function allocateFilingNumber(exec: Executor, districtCode: string, year: string): Promise<string> {
  const cityCode = cityCodeOf(districtCode);
  const { numberFormat } = await settingsOf(exec, cityCode);
  const place = { year, cityCode, districtCode };
  const scope = numberScope(numberFormat, place);
  for (;;) {
    const candidate = renderFilingNumber(numberFormat, place, await repo.nextSequence(exec, scope));
    if (!(await repo.isFilingNumberTaken(exec, candidate))) return candidate;
  }
}

export function getFilingSettings(ctx: RequestContext, cityCode: string): Promise<FilingSettings> {
  return settingsOf(ctx.db, cityCode);
}

export async function saveFilingSettings(ctx: RequestContext, cityCode: string, input: FilingSettingsInput): Promise<FilingSettings> {
  const sorted = (dates: readonly string[]) => [...new Set(dates)].sort();
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findSettings(tx, cityCode);
    const saved = await repo.saveSettings(tx, { cityCode, numberFormat: input.numberFormat, holidays: sorted(input.holidays), makeUpWorkdays: sorted(input.makeUpWorkdays), updatedBy: ctx.actor?.userId ?? null }, input.revision);
    if (!saved) throw new DomainError('CONFLICT');
    await recordAudit(tx, ctx, { action: 'filing.settings.save', entityType: 'filingSettings', entityId: cityCode, jurisdictionCode: cityCode, before, after: saved });
  });
  return settingsOf(ctx.db, cityCode);
}
