import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ChangePasswordBody, Me, PasswordPolicy, PhoneCodeBody, PhoneCodeSent, PhoneSignInBody, SignInBody, SignInResponse, TotpDisableBody, TotpEnableBody, TotpSetup } from '@youyu/contracts';
import { z } from 'zod';
import { contextOf } from '../../platform/http/context.ts';
import type { SmsSender } from '../../platform/sms/index.ts';
import { LockedProblem, problems } from './http.ts';
import { changePassword } from './password.service.ts';
import { requestPhoneCode, signInWithPhoneCode } from './phone-sign-in.service.ts';
import { clearSessionCookies, setSessionCookies } from './session-cookies.ts';
import { getMe, signOut } from './sessions.service.ts';
import { getPasswordPolicy } from './settings.service.ts';
import { signInWithPassword } from './sign-in.service.ts';
import { disableTotp, enableTotp, setupTotp } from './totp.service.ts';

const NoContent = z.null().describe('no content');
const beforeSession = { access: { public: true }, csrfExempt: true } as const;
// Reachable while a password change (and so also an enrolment) is due: that is how they get done.
const ownAccount = { access: { signedIn: true, allowPasswordExpired: true } } as const;
// Enrolment comes after the password change, which the guard enforces by this order.
const enrolment = { access: { signedIn: true, allowTotpEnrolment: true } } as const;
const signInRefusals = { ...problems(400, 401, 403, 429), 423: LockedProblem };

export async function authRoutes(app: FastifyInstance, { sms }: { sms: SmsSender }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/auth/sign-in',
    { schema: { tags, summary: 'Sign in with username and password (and TOTP code)', body: SignInBody, response: { 200: SignInResponse, ...signInRefusals } }, config: beforeSession },
    async (request, reply) => {
      const signedIn = await signInWithPassword(contextOf(request), request.body);
      setSessionCookies(request, reply, signedIn);
      return { user: signedIn.me, csrfToken: signedIn.csrfToken };
    },
  );

  r.post('/auth/phone/code', { schema: { tags, summary: 'Text a sign-in code to a phone', body: PhoneCodeBody, response: { 200: PhoneCodeSent, ...problems(400, 429) } }, config: beforeSession }, async (request) =>
    requestPhoneCode(contextOf(request), request.body.phone, { sms, isDemo: app.config.isDemo }),
  );

  r.post(
    '/auth/phone/sign-in',
    { schema: { tags, summary: 'Sign in (families) with phone and code; the first time creates the account', body: PhoneSignInBody, response: { 200: SignInResponse, ...signInRefusals, ...problems(409) } }, config: beforeSession },
    async (request, reply) => {
      const signedIn = await signInWithPhoneCode(contextOf(request), request.body);
      setSessionCookies(request, reply, signedIn);
      return { user: signedIn.me, csrfToken: signedIn.csrfToken };
    },
  );

  r.post('/auth/sign-out', { schema: { tags, summary: 'End this session', response: { 204: NoContent, ...problems(401, 403) } }, config: ownAccount }, async (request, reply) => {
    await signOut(contextOf(request));
    clearSessionCookies(request, reply);
    return reply.status(204).send(null);
  });

  r.get('/auth/me', { schema: { tags, summary: 'The signed-in account', response: { 200: Me, ...problems(401) } }, config: ownAccount }, async (request) =>
    getMe(contextOf(request), request.authSession!.csrfToken),
  );

  r.get('/auth/password-policy', { schema: { tags, summary: 'The password rules in force', response: { 200: PasswordPolicy } }, config: { access: { public: true } } }, async (request) =>
    getPasswordPolicy(contextOf(request)),
  );

  r.post(
    '/auth/password',
    { schema: { tags, summary: 'Change my password; my other sessions end', body: ChangePasswordBody, response: { 204: NoContent, ...problems(400, 401, 403, 409, 429), 423: LockedProblem } }, config: ownAccount },
    async (request, reply) => {
      await changePassword(contextOf(request), request.body);
      return reply.status(204).send(null);
    },
  );

  r.post('/auth/totp/setup', { schema: { tags, summary: 'Start authenticator enrolment', response: { 200: TotpSetup, ...problems(401, 403, 409) } }, config: enrolment }, async (request) =>
    setupTotp(contextOf(request)),
  );

  r.post('/auth/totp/enable', { schema: { tags, summary: 'Finish enrolment with a first code', body: TotpEnableBody, response: { 204: NoContent, ...problems(400, 401, 403, 409) } }, config: enrolment }, async (request, reply) => {
    await enableTotp(contextOf(request), request.body.code);
    return reply.status(204).send(null);
  });

  r.post(
    '/auth/totp/disable',
    { schema: { tags, summary: 'Turn the second factor off (not for administrators)', body: TotpDisableBody, response: { 204: NoContent, ...problems(400, 401, 403, 409, 429), 423: LockedProblem } }, config: { access: { signedIn: true } } },
    async (request, reply) => {
      await disableTotp(contextOf(request), request.body);
      return reply.status(204).send(null);
    },
  );
}
