import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.ts';
import { securitySettings } from './accounts.tables.ts';

export async function readStoredSettings(exec: Executor): Promise<Record<string, unknown> | undefined> {
  const [row] = await exec.select({ settings: securitySettings.settings }).from(securitySettings).where(eq(securitySettings.id, 1));
  return row?.settings;
}

export async function storeSettings(exec: Executor, settings: Record<string, unknown>, updatedBy: string | null): Promise<void> {
  const values = { id: 1, settings, updatedAt: new Date(), updatedBy };
  await exec.insert(securitySettings).values(values).onConflictDoUpdate({ target: securitySettings.id, set: values });
}
