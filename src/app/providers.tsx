import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider } from '../data/config-context';
import type { AppConfig } from '../data/config';
import { useLang, useTheme } from '../stores/ui-store';
import { persistOptions } from './query-persistence';

export function createQueryClient() {
  return new QueryClient({
    // gcTime must cover the persisted cache's age, or restored data would be dropped at once.
    defaultOptions: { queries: { refetchOnWindowFocus: false, gcTime: 7 * 24 * 3600_000 } },
  });
}

function ThemeAndLanguage({ children }: { children: ReactNode }) {
  const theme = useTheme();
  const lang = useLang();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return <>{children}</>;
}

interface AppProvidersProps {
  config: AppConfig;
  children: ReactNode;
  queryClient?: QueryClient;
  /** Keep the query cache across reloads (the app does; unit tests don't). */
  persist?: boolean;
}

export function AppProviders({ config, children, queryClient, persist = false }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [persistence] = useState(() => (persist ? persistOptions() : null));
  const inner = <ThemeAndLanguage>{children}</ThemeAndLanguage>;
  return (
    <ConfigProvider config={config}>
      {persistence ? (
        <PersistQueryClientProvider client={client} persistOptions={persistence}>
          {inner}
        </PersistQueryClientProvider>
      ) : (
        <QueryClientProvider client={client}>{inner}</QueryClientProvider>
      )}
    </ConfigProvider>
  );
}
