import { useNavigate } from 'react-router';
import { useSignOut } from './session.ts';

/** Signs out and returns to the public home page, whether or not the server call succeeded. */
export function useSignOutAndLeave() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return {
    isPending: signOut.isPending,
    // Leave first and sign out once the public page has rendered: the home route loads lazily, and
    // meanwhile the portal shell re-renders (navigation progress), which needs the account.
    leave: () => {
      void Promise.resolve(navigate('/', { replace: true })).finally(() => signOut.mutate());
    },
  };
}
