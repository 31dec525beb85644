import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client.ts';
import { isApiError } from '../../api/problem.ts';
import { hasSessionHint } from './session-hint.ts';
import type { Me, PasswordChange, PasswordPolicy, PasswordSignIn, PhoneCodeSent, PhoneSignIn, SignInResult, TotpSetup } from './types.ts';

export const meKey = ['auth', 'me'] as const;

/**
 * Who is signed in, or null. Without the session's readable cookie nobody is (no request, so an
 * anonymous visit logs no 401); with it, a 401 is still an answer ("the session ended"), not an error.
 */
async function fetchMe(): Promise<Me | null> {
  if (!hasSessionHint(document.cookie)) {
    setCsrfToken(null);
    return null;
  }
  try {
    const me = await api.get<Me>('/auth/me', { quiet: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** The signed-in account inside a portal, where the session guard has already made sure there is one. */
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside a signed-in route');
  return data;
}

export function hasPermission(me: Pick<Me, 'permissions'> | null | undefined, permission: string | undefined): boolean {
  return !permission || !!me?.permissions.includes(permission);
}

function useSignedIn() {
  const queryClient = useQueryClient();
  return (result: SignInResult) => {
    setCsrfToken(result.csrfToken);
    // Whatever the previous account could see must not leak into this one's screens.
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'meta' });
    queryClient.setQueryData(meKey, { ...result.user, csrfToken: result.csrfToken });
  };
}

export function useSignIn() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: PasswordSignIn) => api.post<SignInResult>('/auth/sign-in', input, { quiet: true }),
    onSuccess: signedIn,
  });
}

export function useRequestPhoneCode() {
  return useMutation({ mutationFn: (phone: string) => api.post<PhoneCodeSent>('/auth/phone/code', { phone }, { quiet: true }) });
}

export function usePhoneSignIn() {
  const signedIn = useSignedIn();
  return useMutation({
    mutationFn: (input: PhoneSignIn) => api.post<SignInResult>('/auth/phone/sign-in', input, { quiet: true }),
    onSuccess: signedIn,
  });
}

export function usePasswordPolicy() {
  return useQuery({ queryKey: ['auth', 'password-policy'], queryFn: () => api.get<PasswordPolicy>('/auth/password-policy'), staleTime: Infinity });
}

/**
 * Clears a flag the session guard redirects on before navigating on, so the guard doesn't bounce
 * the user back while the fresh session loads; then reloads the session from the server.
 */
function useSessionUpdate() {
  const queryClient = useQueryClient();
  return (change: Partial<Me>) => {
    queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, ...change } : me));
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export function useChangePassword() {
  const update = useSessionUpdate();
  return useMutation({
    mutationFn: (input: PasswordChange) => api.post<void>('/auth/password', input),
    onSuccess: () => update({ mustChangePassword: false }),
  });
}

export function useTotpSetup() {
  return useMutation({ mutationFn: () => api.post<TotpSetup>('/auth/totp/setup') });
}

export function useTotpEnable() {
  const update = useSessionUpdate();
  return useMutation({
    mutationFn: (code: string) => api.post<void>('/auth/totp/enable', { code }),
    onSuccess: () => update({ hasTotp: true, mustEnrolTotp: false }),
  });
}
