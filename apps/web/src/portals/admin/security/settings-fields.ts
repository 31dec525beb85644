import { SecuritySettings } from '@youyu/contracts';

type SettingKey = keyof typeof SecuritySettings.shape;

/** The settings page's sections, in order; each field's bounds come from the contract's schema. */
export const settingSections: { key: string; fields: SettingKey[] }[] = [
  { key: 'password', fields: ['passwordMinLength', 'passwordRequiredClasses', 'passwordRejectCommon', 'passwordRejectUsername', 'passwordHistoryCount', 'passwordMaxAgeDays'] },
  { key: 'lockout', fields: ['lockoutThreshold', 'lockoutMinutes', 'addressFailureLimit'] },
  { key: 'session', fields: ['idleTimeoutMinutes', 'sessionLifetimeHours'] },
  { key: 'accounts', fields: ['dormantAccountDays', 'totpRequiredForAdmins'] },
];

export type FieldSpec = { kind: 'number'; min: number; max: number } | { kind: 'boolean' };

export function fieldSpec(key: SettingKey): FieldSpec {
  const inner = SecuritySettings.shape[key].unwrap();
  if (inner.type === 'boolean') return { kind: 'boolean' };
  return { kind: 'number', min: inner.minValue ?? 0, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER };
}
