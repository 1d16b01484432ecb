import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfigProvider } from '../data/config-context';
import type { AppConfig } from '../data/config';
import { sourceKey } from '../data/source-key';
import { useTranslation } from '../lib/i18n';
import { useLang, useTheme } from '../stores/ui-store';
import { keepAnswers, type KeptAnswers } from './query-persistence';

export function createQueryClient() {
  return new QueryClient({
    // gcTime must cover the persisted cache's age, or restored data would be dropped at once.
    // A failed refresh keeps the last good data; retries are few so the error shows quickly. Set here, not in
    // the query options, so a test's client decides its own (the fault tests use none and wait for none).
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, gcTime: 7 * 24 * 3600_000, retry: 1, retryDelay: 1500 },
    },
  });
}

function DocumentLanguage({ children }: { children: ReactNode }) {
  const lang = useLang();
  // `t` changes when the English dictionary arrives after a toggle, so the title follows.
  const { t } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.shortTitle');
  }, [lang, t]);
  return <>{children}</>;
}

/** The page's theme on the document (inside the router: a link's `?theme=` counts). */
export function DocumentTheme() {
  const theme = useTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return null;
}

interface AppProvidersProps {
  config: AppConfig;
  children: ReactNode;
  queryClient?: QueryClient;
  /** Keep the query cache across reloads (the app does; unit tests don't). */
  persist?: boolean;
  /** The kept answers, already being restored into `queryClient` (src/main.tsx starts it before rendering). */
  kept?: KeptAnswers | null;
}

export function AppProviders({ config, children, queryClient, persist = false, kept }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [keeping] = useState(() => kept ?? (persist ? keepAnswers(client, sourceKey(config)) : null));
  // Saving starts once the restore is done, so a save never overwrites what is still being read.
  useEffect(() => {
    if (!keeping) return;
    let live = true;
    let stop: (() => void) | undefined;
    void keeping.restored.then(() => {
      if (live) stop = keeping.keep();
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [keeping]);
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={client}>
        <DocumentLanguage>{children}</DocumentLanguage>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
