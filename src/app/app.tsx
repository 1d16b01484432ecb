import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType } from 'react';
import { DemoMark } from '../components/demo-mark';
import { ErrorBoundary } from '../components/error-boundary';
import { UpdatePrompt } from '../components/update-prompt';
import { BrowserRouter, Outlet, Routes, type RouteDef } from '../lib/router';
import type { AppConfig } from '../data/config';
import { useDailyReload, useKiosk, useKioskExitKey, useKioskParams } from '../stores/kiosk-store';
import { OverviewPage } from '../features/overview/overview-page';
import { Header } from './header';
import { AppProviders, DocumentTheme } from './providers';
import type { KeptAnswers } from './query-persistence';

function Layout() {
  // Kiosk mode hides all chrome; Escape brings it back (documented in the README). The kiosk store owns both
  // the parameter's parsing and the key, so the layout and the wall agree on what `?kiosk=` means.
  const { kiosk: inKiosk } = useKiosk();
  useKioskExitKey();
  useDailyReload(useKioskParams().reloadAt);
  return (
    <div className={inKiosk ? 'app kiosk' : 'app'}>
      {/* The demo mark sits in the header's flow; without a header it takes the corner. */}
      {inKiosk ? <DemoMark /> : <Header />}
      {inKiosk ? null : <UpdatePrompt />}
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

/** A view loaded on demand, so the first paint carries only what it shows. */
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  const Lazy = lazy(() => load().then((m) => ({ default: pick(m) })));
  return function LazyPage() {
    return (
      <ErrorBoundary>
        <Suspense fallback={<div className="page-loading" aria-busy="true" />}>
          <Lazy />
        </Suspense>
      </ErrorBoundary>
    );
  };
}

/** A view that fills the screen, header-less: the demo mark in its corner. */
function withCornerMark(View: ComponentType): ComponentType {
  return function Marked() {
    return (
      <>
        <View />
        <DemoMark />
      </>
    );
  };
}

/** The overview is in the first bundle, not loaded on demand, but fails inside the frame like the others. */
function GuardedOverview() {
  return (
    <ErrorBoundary>
      <OverviewPage />
    </ErrorBoundary>
  );
}

export const routes: RouteDef[] = [
  // Wall screen and slides own the whole viewport: outside the layout, no header or navigation.
  {
    path: 'big-screen',
    Component: withCornerMark(
      page(
        () => import('../features/big-screen/big-screen-page'),
        (m) => m.BigScreenPage,
      ),
    ),
  },
  {
    path: 'present',
    Component: withCornerMark(
      page(
        () => import('../features/briefing/present-page'),
        (m) => m.PresentPage,
      ),
    ),
  },
  {
    Component: Layout,
    children: [
      { index: true, Component: GuardedOverview },
      {
        path: 'functions/:code?',
        Component: page(
          () => import('../features/functions/functions-page'),
          (m) => m.FunctionsPage,
        ),
      },
      {
        path: 'tasks',
        Component: page(
          () => import('../features/tasks/tasks-page'),
          (m) => m.TasksPage,
        ),
      },
      {
        path: 'tasks/:taskId',
        Component: page(
          () => import('../features/tasks/task-detail-page'),
          (m) => m.TaskDetailPage,
        ),
      },
      {
        path: 'indicators',
        Component: page(
          () => import('../features/indicators/indicators-page'),
          (m) => m.IndicatorsPage,
        ),
      },
      {
        path: 'indicators/:indicatorId',
        Component: page(
          () => import('../features/indicators/indicator-detail-page'),
          (m) => m.IndicatorDetailPage,
        ),
      },
      {
        path: 'units',
        Component: page(
          () => import('../features/units/units-page'),
          (m) => m.UnitsPage,
        ),
      },
      {
        path: 'programme',
        Component: page(
          () => import('../features/programme/programme-page'),
          (m) => m.ProgrammePage,
        ),
      },
      {
        path: 'projects',
        Component: page(
          () => import('../features/projects/projects-page'),
          (m) => m.ProjectsPage,
        ),
      },
      {
        path: 'briefing',
        Component: page(
          () => import('../features/briefing/briefing-page'),
          (m) => m.BriefingPage,
        ),
      },
      {
        path: 'data-health',
        Component: page(
          () => import('../features/data-health/data-health-page'),
          (m) => m.DataHealthPage,
        ),
      },
      {
        path: 'playground',
        Component: page(
          () => import('../features/playground/playground-page'),
          (m) => m.PlaygroundPage,
        ),
      },
      { path: '*', Component: GuardedOverview },
    ],
  },
];

export function App({
  config,
  queryClient,
  kept,
}: {
  config: AppConfig;
  queryClient?: QueryClient;
  kept?: KeptAnswers | null;
}) {
  return (
    <AppProviders config={config} queryClient={queryClient} persist kept={kept}>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <DocumentTheme />
        <Routes routes={routes} />
      </BrowserRouter>
    </AppProviders>
  );
}
