import { useListParam, useSearchParam } from '../../lib/url-state';
import type { FunctionCode } from '../../domain/codes';
import type { YearParam } from './use-year-param';
import { INDICATOR_STATUS_KEYS, parseFunctionCode, type IndicatorStatusKey } from './select-indicators';

export interface IndicatorFilterState {
  fn: FunctionCode | null;
  setFn: (fn: FunctionCode | null) => void;
  statuses: IndicatorStatusKey[];
  setStatuses: (next: IndicatorStatusKey[]) => void;
  /** Whether any of function, status or year narrows the view. */
  any: boolean;
  clear: () => void;
}

/** The list's filters as URL state (?fn, ?status, ?year), so a link reproduces the view. */
export function useIndicatorFilters({ year, setYear }: YearParam): IndicatorFilterState {
  const [fnRaw, setFnRaw] = useSearchParam('fn');
  const fn = parseFunctionCode(fnRaw);
  const [statuses, setStatuses] = useListParam<IndicatorStatusKey>('status', INDICATOR_STATUS_KEYS);
  return {
    fn,
    setFn: setFnRaw,
    statuses,
    setStatuses,
    any: fn !== null || statuses.length > 0 || year !== null,
    clear: () => {
      setFnRaw(null);
      setStatuses([]);
      setYear(null);
    },
  };
}
