import { useSyncExternalStore } from 'react';

/** The phone layout's breakpoint; the same width as the `@media (max-width: 760px)` rules in the CSS. */
export const PHONE_QUERY = '(max-width: 760px)';

const matches = (query: string) =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(query).matches
    : false;

/** Whether a media query matches now, following it as the window changes. False where there is no window. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (cb) => {
      if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
      const mq = window.matchMedia(query);
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => matches(query),
    () => false,
  );
}

/** The phone layout: one column, cards for tables, the header's controls in a sheet. */
export const useIsPhone = (): boolean => useMediaQuery(PHONE_QUERY);
