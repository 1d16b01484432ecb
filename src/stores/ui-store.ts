import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { useSearchParams } from '../lib/router';
import type { Lang } from '../lib/format';
import { THEMES, type Theme } from '../lib/palette';
import { useOnPaper } from '../lib/print-media';

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

/** The theme the person chose (the header's toggle); pages use useTheme, which a link can override. */
export const useStoredTheme = () => useUiStore((s) => s.theme);

export const themeParam = (raw: string | null): Theme | null => THEMES.find((t) => t === raw) ?? null;

/**
 * The theme every page draws in, the wall and the slides included: `?theme=light|dark` when the link says so
 * (a wall screen is set up by its URL alone), otherwise the stored choice. The one rule; pages never decide.
 * On paper (and in an exported picture) always light: a dark screen's pale text would be grey on white, so
 * canvas charts are drawn again in it.
 */
export function useTheme(): Theme {
  const [params] = useSearchParams();
  const stored = useStoredTheme();
  const paper = useOnPaper();
  return paper ? 'light' : (themeParam(params.get('theme')) ?? stored);
}
export const useLang = () => useUiStore((s) => s.lang);
export const useUiActions = () => useUiStore((s) => s.actions);
