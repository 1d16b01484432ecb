import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { createBrowserRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import type { AppConfig } from '../data/config';
import { useSearchParam } from '../lib/url-state';
import { useDailyReload, useKioskParams } from '../stores/kiosk-store';
import { OverviewPage } from '../features/overview/overview-page';
import { Header } from './header';
import { AppProviders } from './providers';

function Layout() {
  const [kiosk, setKiosk] = useSearchParam('kiosk');
  const inKiosk = kiosk === '1';
  useDailyReload(useKioskParams().reloadAt);
  // Kiosk mode hides all chrome; Escape brings it back (documented in the README).
  useEffect(() => {
    if (!inKiosk) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setKiosk(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [inKiosk, setKiosk]);
  return (
    <div className={inKiosk ? 'app kiosk' : 'app'}>
      {inKiosk ? null : <Header />}
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

// Views other than the first screen load on demand, so the first paint carries only what it shows.
export const routes: RouteObject[] = [
  // Wall screen and slides own the whole viewport: outside the layout, no header or navigation.
  { path: 'big-screen', lazy: () => import('../features/big-screen/big-screen-page').then((m) => ({ Component: m.BigScreenPage })) },
  { path: 'present', lazy: () => import('../features/briefing/present-page').then((m) => ({ Component: m.PresentPage })) },
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'functions/:code?', lazy: () => import('../features/functions/functions-page').then((m) => ({ Component: m.FunctionsPage })) },
      { path: 'tasks', lazy: () => import('../features/tasks/tasks-page').then((m) => ({ Component: m.TasksPage })) },
      { path: 'tasks/:taskId', lazy: () => import('../features/tasks/task-detail-page').then((m) => ({ Component: m.TaskDetailPage })) },
      { path: 'indicators', lazy: () => import('../features/indicators/indicators-page').then((m) => ({ Component: m.IndicatorsPage })) },
      {
        path: 'indicators/:indicatorId',
        lazy: () => import('../features/indicators/indicator-detail-page').then((m) => ({ Component: m.IndicatorDetailPage })),
      },
      { path: 'units', lazy: () => import('../features/units/units-page').then((m) => ({ Component: m.UnitsPage })) },
      { path: 'programme', lazy: () => import('../features/programme/programme-page').then((m) => ({ Component: m.ProgrammePage })) },
      { path: 'projects', lazy: () => import('../features/projects/projects-page').then((m) => ({ Component: m.ProjectsPage })) },
      { path: 'briefing', lazy: () => import('../features/briefing/briefing-page').then((m) => ({ Component: m.BriefingPage })) },
      { path: 'data-health', lazy: () => import('../features/data-health/data-health-page').then((m) => ({ Component: m.DataHealthPage })) },
      { path: 'playground', lazy: () => import('../features/playground/playground-page').then((m) => ({ Component: m.PlaygroundPage })) },
      { path: '*', element: <OverviewPage /> },
    ],
  },
];

export function App({ config, queryClient }: { config: AppConfig; queryClient?: QueryClient }) {
  const router = useMemo(() => createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' }), []);
  return (
    <AppProviders config={config} queryClient={queryClient} persist>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
