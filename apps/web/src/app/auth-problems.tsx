import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { onApiProblem } from '../api/client.ts';
import { meKey } from '../features/accounts/session.ts';
import { changePasswordPath, enrolTotpPath } from '../features/accounts/require-session.tsx';

/**
 * Reacts to answers that mean "you can't go on from here": an ended session (the session guard
 * then sends the user to sign in and back), a due password change, a due TOTP enrolment.
 */
export function AuthProblems() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onApiProblem((error) => {
        // By code, not status: a wrong TOTP code is a 401 too, but the session is fine.
        if (error.code === 'UNAUTHENTICATED') queryClient.setQueryData(meKey, null);
        else if (error.code === 'PASSWORD_CHANGE_REQUIRED') void navigate(changePasswordPath);
        else if (error.code === 'TOTP_ENROLMENT_REQUIRED') void navigate(enrolTotpPath);
        // A stale CSRF token: fetch the session again so the next try carries a fresh one.
        else if (error.code === 'CSRF_FAILED') void queryClient.invalidateQueries({ queryKey: meKey });
      }),
    [navigate, queryClient],
  );
  return null;
}
