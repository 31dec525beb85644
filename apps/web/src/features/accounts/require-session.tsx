import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@youyu/contracts';
import { FullPageSpinner } from '../../components/full-page-spinner.tsx';
import { ErrorState } from '../../components/error-state.tsx';
import { useMe } from './session.ts';
import { homePathOf, signInPath } from './role-home.ts';

export const changePasswordPath = '/account/password';
export const enrolTotpPath = '/account/totp';

type Props = {
  /** Defaults to the nested routes. */
  children?: ReactNode;
  /** Roles that work here; anyone else is sent to their own portal. */
  roles?: readonly Role[];
  /** The pages that resolve a due password change or TOTP enrolment must not redirect to themselves. */
  allowPending?: boolean;
};

/** Lets a signed-in account through, or sends it where it has to go first. */
export function RequireSession({ children, roles, allowPending = false }: Props) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!allowPending && user.mustChangePassword) return <Navigate to={changePasswordPath} replace />;
  if (!allowPending && user.mustEnrolTotp) return <Navigate to={enrolTotpPath} replace />;
  if (roles && !roles.includes(user.role)) return <Navigate to={homePathOf(user.role)} replace />;
  return <>{children ?? <Outlet />}</>;
}
