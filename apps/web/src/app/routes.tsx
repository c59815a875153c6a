import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { paths } from './paths';

// Every page is its own chunk: the first screen loads the shell and the page it shows, nothing more.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const SystemStatusPage = lazy(() => import('../features/system/SystemStatusPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path={paths.overview} element={<OverviewPage />} />
        <Route path={paths.systemStatus} element={<SystemStatusPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
