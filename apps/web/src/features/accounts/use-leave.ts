import { useNavigate } from 'react-router';
import { useSignOut } from './session.ts';

/** Signs out and returns to the public home page, whether or not the server call succeeded. */
export function useSignOutAndLeave() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return {
    isPending: signOut.isPending,
    // Leave first: once signed out, pages of the portal would render without an account.
    leave: () => {
      void navigate('/', { replace: true });
      signOut.mutate();
    },
  };
}
