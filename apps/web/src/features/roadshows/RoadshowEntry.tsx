import { lazy, useEffect, useRef } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { RouteFallback } from '../../app/layout/RouteFallback';
import { paths } from '../../app/paths';
import { useSession } from '../identity/useSession';

/*
 * `/roadshows/:id` is the link every roadshow invitation carries (presenters, commentators, partners): kept
 * small, since the router loads it eagerly; the planner itself is its own chunk.
 */

const RoadshowPlannerPage = lazy(() => import('./RoadshowPlannerPage'));

/** Replaces the location once (like the guards' redirect). */
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

/** Visitors who are not signed in (e.g. a presenter without an account) get the public schedule. */
export function RoadshowLinkGate() {
  const { id = '' } = useParams();
  const { status } = useSession();
  if (status === 'restoring') return <RouteFallback />;
  if (status === 'anonymous') return <Redirect to={paths.publicRoadshow(id)} />;
  return <Outlet />;
}

/** Organizers plan the event; partners and commentators go to the live console; anyone else to the schedule. */
export function RoadshowHome() {
  const { id = '' } = useParams();
  const { hasRole } = useSession();
  if (hasRole('ORGANIZER')) return <RoadshowPlannerPage />;
  if (hasRole('PARTNER') || hasRole('COMMENTATOR')) return <Redirect to={paths.roadshowLive(id)} />;
  return <Redirect to={paths.publicRoadshow(id)} />;
}
