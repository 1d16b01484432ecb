import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (s: string | null): string | null => {
  if (!s || !ISO.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
};

/** A date held in the URL (`?asOf=2021-06-30`), so a link reproduces the view; absent or invalid means "latest". */
export function useDateParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = validDate(params.get(name));
  const set = useCallback(
    (next: string | null) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          if (next && validDate(next)) p.set(name, next);
          else p.delete(name);
          return p;
        },
        { replace: false },
      ),
    [name, setParams],
  );
  return [value, set];
}

export const useAsOfParam = () => useDateParam('asOf');
