import { rollupIndicators, type AssessedIndicator, type IndicatorRollup } from '../../domain/metrics';
import { FUNCTION_CODES, STATUS_CODES, type FunctionCode, type StatusCode } from '../../domain/codes';

/** Indicator status as a filter value: the five lights plus "no data yet". */
export type IndicatorStatusKey = StatusCode | 'noData';
export const INDICATOR_STATUS_KEYS: readonly IndicatorStatusKey[] = [...STATUS_CODES, 'noData'];

export const statusKey = (x: AssessedIndicator): IndicatorStatusKey => x.a.status ?? 'noData';

export function parseFunctionCode(raw: string | null | undefined): FunctionCode | null {
  return raw && (FUNCTION_CODES as readonly string[]).includes(raw) ? (raw as FunctionCode) : null;
}

export interface IndicatorFilter {
  fn: FunctionCode | null;
  statuses: readonly IndicatorStatusKey[];
}

/** An empty status list means every status; the plan's order is kept (it is the ledger's order). */
export function filterIndicators(
  list: readonly AssessedIndicator[],
  f: IndicatorFilter,
): AssessedIndicator[] {
  return list.filter(
    (x) =>
      (f.fn === null || x.indicator.functions.includes(f.fn)) &&
      (f.statuses.length === 0 || f.statuses.includes(statusKey(x))),
  );
}

/** How many indicators carry each status, for the filter chips' counts. */
export function countByStatus(list: readonly AssessedIndicator[]): Record<IndicatorStatusKey, number> {
  const out = Object.fromEntries(INDICATOR_STATUS_KEYS.map((k) => [k, 0])) as Record<
    IndicatorStatusKey,
    number
  >;
  for (const x of list) out[statusKey(x)] += 1;
  return out;
}

/** C, T, O roll-ups of the given assessments (an indicator serving two functions counts in both). */
export function rollupByFunction(list: readonly AssessedIndicator[]): IndicatorRollup[] {
  return FUNCTION_CODES.map((f) =>
    rollupIndicators(
      f,
      list.filter((x) => x.indicator.functions.includes(f)),
    ),
  );
}
