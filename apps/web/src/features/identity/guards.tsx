import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { RouteFallback } from '../../app/layout/RouteFallback';
import { paths } from '../../app/paths';
import type { Role } from '../../gql/graphql';
import { homePathFor, safeNextPath } from './roles';
import { useSession } from './useSession';

/**
 * Replaces the location once. Unlike <Navigate>, which navigates again whenever `navigate` changes,
 * this cannot send the user back here if it is still on screen while the next page's chunk loads
 * (that replayed an old redirect over the user's next click).
 */
function Redirect({ to }: { to: string }) {
  const navigate = useNavigate();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void navigate(to, { replace: true });
  }, [navigate, to]);
  return <RouteFallback />;
}

/** Pages behind sign-in: sends visitors to log-in and brings them back afterwards. */
export function RequireAuth() {
  const { status, signedOut } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <RouteFallback />;
  if (status === 'anonymous') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    // After "Sign out" the next user should not land on the previous user's page.
    const search = signedOut || next === paths.overview ? '' : `?next=${encodeURIComponent(next)}`;
    return <Redirect to={`${paths.logIn}${search}`} />;
  }
  return <Outlet />;
}

/** Pages for some roles only; anyone else is sent to their own home. */
export function RequireRole({ anyOf }: { anyOf: readonly Role[] }) {
  const { roles } = useSession();
  if (!roles.some((role) => anyOf.includes(role))) return <Redirect to={homePathFor(roles)} />;
  return <Outlet />;
}

/**
 * Log-in and sign-up: a signed-in user goes on to `?next=` (where RequireAuth sent them from) or to
 * their home. This is also how those pages move on once the user has signed in.
 */
export function RedirectIfSignedIn() {
  const { status, roles } = useSession();
  const [search] = useSearchParams();
  if (status === 'restoring') return <RouteFallback />;
  if (status === 'authenticated')
    return <Redirect to={safeNextPath(search.get('next')) ?? homePathFor(roles)} />;
  return <Outlet />;
}
