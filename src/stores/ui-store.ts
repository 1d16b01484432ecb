import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Lang } from '../lib/format';
import type { Theme } from '../lib/palette';

interface UiState {
  theme: Theme;
  lang: Lang;
  actions: {
    themeToggled: () => void;
    languageToggled: () => void;
  };
}

// UI state only: server data lives in TanStack Query, never here. This store is the one owner of the
// language: the translator (src/lib/i18n) reads it from here rather than keeping a copy.
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'dark',
      lang: 'zh',
      actions: {
        themeToggled: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
        languageToggled: () => set((s) => ({ lang: s.lang === 'zh' ? 'en' : 'zh' })),
      },
    }),
    {
      name: 'zerobay-ui',
      partialize: (s) => ({ theme: s.theme, lang: s.lang }),
    },
  ),
);

export const useTheme = () => useUiStore((s) => s.theme);
export const useLang = () => useUiStore((s) => s.lang);
export const useUiActions = () => useUiStore((s) => s.actions);
