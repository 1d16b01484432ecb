import { useCallback, useMemo } from 'react';
import { useSearchParams } from './router';
import { validDate } from './valid-date';

/** One search parameter as state, so every filter lives in the URL and a link reproduces the view. */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get(name);
  const set = useCallback(
    (next: string | null) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        if (next === null || next === '') p.delete(name);
        else p.set(name, next);
        return p;
      }),
    [name, setParams],
  );
  return [value, set];
}

/** Parses a comma-separated list parameter, keeping only known values in the order given. */
export const parseList = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  (raw ?? '').split(',').filter((x): x is T => (allowed as readonly string[]).includes(x));

/**
 * A comma-separated list parameter (`?status=lagging,overdue`), restricted to known values. The array is the
 * same one while the parameter's text is, so pages can build chart options from it in a useMemo. `allowed`
 * should be a module constant.
 */
export function useListParam<T extends string>(
  name: string,
  allowed: readonly T[],
): [T[], (next: T[]) => void] {
  const [raw, setRaw] = useSearchParam(name);
  const value = useMemo(() => parseList(raw, allowed), [raw, allowed]);
  const set = useCallback((next: T[]) => setRaw(next.length ? next.join(',') : null), [setRaw]);
  return [value, set];
}

/** A date parameter; absent or invalid means "latest". */
export function useDateParam(name: string): [string | null, (value: string | null) => void] {
  const [raw, setRaw] = useSearchParam(name);
  const set = useCallback((next: string | null) => setRaw(validDate(next)), [setRaw]);
  return [validDate(raw), set];
}

/** The report date (截至日期). */
export const useAsOfParam = () => useDateParam('asOf');
/** The earlier date to compare with ("since the last joint meeting"). */
export const useCompareParam = () => useDateParam('compare');

/** The search string that carries the shared report dates across views (not the view's own filters). */
export function useSharedSearch(): string {
  const [params] = useSearchParams();
  const keep = new URLSearchParams();
  // Report dates, wall-screen settings and a chosen config survive moving between views.
  for (const k of ['asOf', 'compare', 'kiosk', 'rotate', 'reloadAt', 'fit', 'theme', 'config']) {
    const v = params.get(k);
    if (v) keep.set(k, v);
  }
  const s = keep.toString();
  return s ? `?${s}` : '';
}
