import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { sessionHintCookie } from './session-hint.ts';

/**
 * Signs out and loads the public home page afresh, whether or not the server call succeeded.
 * A full page load, not a client-side navigation: it drops every child's record the portal held
 * in memory, and it cannot be overtaken by the portal's own pending navigations while the home
 * route's code loads (the shell needs an account until the very end).
 */
export function useSignOutAndLeave() {
  const signOut = useMutation({
    mutationFn: () => api.post<void>('/auth/sign-out', undefined, { quiet: true }),
    onSettled: () => {
      // The server clears this with the session; if its answer never came, don't look signed in.
      document.cookie = `${sessionHintCookie}=; Max-Age=0; Path=/`;
      window.location.replace('/');
    },
  });
  return { isPending: signOut.isPending, leave: () => signOut.mutate() };
}
