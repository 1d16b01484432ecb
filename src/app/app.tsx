import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import type { AppConfig } from '../data/config';
import { OverviewPage } from '../features/overview/overview-page';
import { Header } from './header';
import { AppProviders } from './providers';

function Layout() {
  return (
    <div className="app">
      <Header />
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
}

const router = () =>
  createBrowserRouter(
    [
      {
        element: <Layout />,
        children: [{ index: true, element: <OverviewPage /> }, { path: '*', element: <OverviewPage /> }],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
  );

export function App({ config, queryClient }: { config: AppConfig; queryClient?: QueryClient }) {
  return (
    <AppProviders config={config} queryClient={queryClient}>
      <RouterProvider router={router()} />
    </AppProviders>
  );
}
