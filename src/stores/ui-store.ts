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
    languageChosen: (lang: Lang) => void;
  };
}

// UI state only: server data lives in TanStack Query, never here.
const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'dark',
      lang: 'zh',
      actions: {
        themeToggled: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
        languageToggled: () => set((s) => ({ lang: s.lang === 'zh' ? 'en' : 'zh' })),
        languageChosen: (lang) => set({ lang }),
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
