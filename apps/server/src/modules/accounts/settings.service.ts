import { defaultSecuritySettings, SecuritySettings, type PasswordPolicy, type SecuritySettingsUpdate } from '@youyu/contracts';
import type { Executor } from '../../platform/db/index.ts';
import type { RequestContext } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { readStoredSettings, storeSettings } from './settings.repository.ts';

/**
 * The settings in force: the stored ones over the defaults, so a setting added in a later version
 * starts at its default. Read from the database each time: every app server sees a change at once.
 */
export async function getSecuritySettings(exec: Executor): Promise<SecuritySettings> {
  const stored = await readStoredSettings(exec);
  if (!stored) return defaultSecuritySettings;
  const parsed = SecuritySettings.safeParse(stored);
  return parsed.success ? parsed.data : defaultSecuritySettings;
}

export async function updateSecuritySettings(ctx: RequestContext, input: SecuritySettingsUpdate): Promise<SecuritySettings> {
  const { reason, ...settings } = input;
  return ctx.db.transaction(async (tx) => {
    const before = await getSecuritySettings(tx);
    await storeSettings(tx, settings, ctx.actor?.userId ?? null);
    await recordAudit(tx, ctx, { action: 'security.updateSettings', entityType: 'securitySettings', entityId: '1', before, after: settings, details: { changed: changedFields(before, settings), reason: reason ?? null } });
    return settings;
  });
}

function changedFields(before: SecuritySettings, after: SecuritySettings): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof SecuritySettings)[]) if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };
  return changes;
}

export const passwordPolicyOf = (s: SecuritySettings): PasswordPolicy => ({
  minLength: s.passwordMinLength,
  requiredClasses: s.passwordRequiredClasses,
  rejectCommon: s.passwordRejectCommon,
  rejectUsername: s.passwordRejectUsername,
  historyCount: s.passwordHistoryCount,
  maxAgeDays: s.passwordMaxAgeDays,
});

export async function getPasswordPolicy(ctx: RequestContext): Promise<PasswordPolicy> {
  return passwordPolicyOf(await getSecuritySettings(ctx.db));
}
