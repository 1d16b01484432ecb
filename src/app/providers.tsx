import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ConfigProvider } from '../data/config-context';
import type { AppConfig } from '../data/config';
import { i18n, initI18n } from '../lib/i18n';
import { useLang, useTheme } from '../stores/ui-store';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, gcTime: 30 * 60_000 } },
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
    void i18n.changeLanguage(lang);
  }, [lang]);
  return <>{children}</>;
}

export function AppProviders({ config, children, queryClient }: { config: AppConfig; children: ReactNode; queryClient?: QueryClient }) {
  const lang = useLang();
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [i18nInstance] = useState(() => initI18n(lang));
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18nInstance}>
          <ThemeAndLanguage>{children}</ThemeAndLanguage>
        </I18nextProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
