import type { PhoneCodeSent, PhoneSignInBody } from '@youyu/contracts';
import type { RequestContext } from '../../platform/http/context.ts';
import { DomainError } from '../../platform/errors/index.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { maskPhone } from '../../platform/crypto/index.ts';
import { hitRateLimit } from '../../platform/rate-limit/index.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import { AuthErrors } from './accounts.errors.ts';
import { toUserView } from './account-state.ts';
import { generatePhoneCode, safeEqual, sha256 } from './credentials.ts';
import { deletePhoneCode, storePhoneCode, takeAttempt } from './phone-codes.repository.ts';
import { getSecuritySettings } from './settings.service.ts';
import { completeSignIn, refuseUnusableAccount, type SignedIn } from './sign-in.service.ts';
import { failAttempt, refuseAttempt, refuseBlockedAttempt, type Attempt } from './sign-in-guard.ts';
import { findUserByPhone, insertUser, type UserRow } from './users.repository.ts';

const CODE_TTL_SECONDS = 5 * 60;
const RESEND_AFTER_SECONDS = 60;
const MAX_ATTEMPTS_PER_CODE = 5;
// Per phone: one code a minute, ten a day (SMS costs money and annoys the owner of the number).
const PER_PHONE_DAILY = 10;
// Per address: generous, since many families may share a carrier's address.
const PER_ADDRESS_HOURLY = 100;

export type PhoneCodeOptions = { sms: SmsSender; isDemo: boolean };

// Salted with the phone so equal codes for two phones hash apart; a 6-digit code is short-lived
// and attempt-limited, which is what protects it, the hash only keeps it out of plain sight.
const codeHash = (phone: string, code: string) => sha256(`${phone}:${code}`);

function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', { retryAfterSeconds });
}

/** Sends a sign-in code to any mainland mobile number; whether an account exists is not revealed. */
export async function requestPhoneCode(ctx: RequestContext, phone: string, options: PhoneCodeOptions): Promise<PhoneCodeSent> {
  for (const [key, limit, window] of [
    [`phone-code:phone-minute:${phone}`, 1, RESEND_AFTER_SECONDS],
    [`phone-code:phone-day:${phone}`, PER_PHONE_DAILY, 86_400],
    [`phone-code:address:${ctx.ip}`, PER_ADDRESS_HOURLY, 3_600],
  ] as const) {
    const hit = await hitRateLimit(ctx.db, key, limit, window);
    if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds);
  }
  const code = generatePhoneCode();
  await ctx.db.transaction(async (tx) => {
    await storePhoneCode(tx, phone, codeHash(phone, code), CODE_TTL_SECONDS);
    await recordAudit(tx, { ...ctx, actor: null }, { action: 'auth.requestPhoneCode', username: maskPhone(phone), details: { phone: maskPhone(phone) } });
  });
  await options.sms.send({ phone, template: 'signInCode', params: { code, minutes: String(CODE_TTL_SECONDS / 60) } });
  return { expiresInSeconds: CODE_TTL_SECONDS, resendAfterSeconds: RESEND_AFTER_SECONDS, ...(options.isDemo ? { devCode: code } : {}) };
}

/** Signs a family in with phone + code; the first sign-in creates the family account. */
export async function signInWithPhoneCode(ctx: RequestContext, body: PhoneSignInBody): Promise<SignedIn> {
  const settings = await getSecuritySettings(ctx.db);
  const attempt: Attempt = { ctx, settings, accountKey: `phone:${body.phone}`, method: 'phoneCode', auditName: maskPhone(body.phone) };
  await refuseBlockedAttempt(attempt);
  const live = await takeAttempt(ctx.db, body.phone);
  if (!live || live.attempts > MAX_ATTEMPTS_PER_CODE || !safeEqual(live.codeHash, codeHash(body.phone, body.code))) {
    if (live && live.attempts >= MAX_ATTEMPTS_PER_CODE) await deletePhoneCode(ctx.db, body.phone);
    return failAttempt(attempt, 'invalidCode', AuthErrors.PHONE_CODE_INVALID);
  }
  await deletePhoneCode(ctx.db, body.phone);
  const existing = await findUserByPhone(ctx.db, body.phone);
  // Staff accounts keep their password and second factor; a phone code must not bypass them.
  if (existing && existing.role !== 'family') return refuseAttempt(attempt, 'staffPhone', AuthErrors.PHONE_SIGN_IN_NOT_ALLOWED);
  if (existing) await refuseUnusableAccount(attempt, existing, settings);
  const user = existing ?? (await createFamilyAccount(ctx, body.phone));
  return completeSignIn(ctx, user, attempt);
}

async function createFamilyAccount(ctx: RequestContext, phone: string): Promise<UserRow> {
  return ctx.db.transaction(async (tx) => {
    // A concurrent first sign-in of the same phone may have created it a moment ago.
    const raced = await findUserByPhone(tx, phone);
    if (raced) return raced;
    const user = await insertUser(tx, { phone, displayName: maskPhone(phone), role: 'family' });
    await recordAudit(tx, { ...ctx, actor: null }, { action: 'users.create', entityType: 'user', entityId: user.id, username: maskPhone(phone), after: toUserView(user), details: { via: 'phoneSignIn' } });
    return user;
  });
}
