import { assessIndicator, type AssessedIndicator, type StatusThresholds } from '../../domain/metrics';
import type { Indicator, IsoDate } from '../../domain/schemas';

const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

/**
 * The date at which "the target for that year" is judged: its last day, or the report date while that
 * year is still running. A later year than the report date's cannot be judged yet, so it stays at asOf.
 */
export function evaluationDate(asOf: IsoDate, year: number | null): IsoDate {
  if (year === null) return asOf;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return end < asOf ? end : asOf;
}

/** Calendar years some target covers, up to the report date's year, oldest first. */
export function targetYears(indicators: readonly Indicator[], asOf: IsoDate): number[] {
  const last = yearOf(asOf);
  const years = new Set<number>();
  for (const ind of indicators) {
    for (const t of ind.targets) {
      for (let y = yearOf(t.period.start); y <= Math.min(yearOf(t.period.end), last); y++) years.add(y);
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** The ?year= value, kept only when it names one of the offered years (a stale link falls back to "current"). */
export function parseYear(raw: string | null, years: readonly number[]): number | null {
  if (raw === null || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return years.includes(y) ? y : null;
}

/**
 * The same assessment the plan view holds, but at another date. Observations are filtered by date inside
 * the metrics, so data loaded at a later report date never leaks into an earlier year's judgement.
 */
export function assessIndicatorsAt(
  indicators: readonly Indicator[],
  date: IsoDate,
  thresholds: StatusThresholds,
): AssessedIndicator[] {
  return indicators.map((indicator) => ({ indicator, a: assessIndicator(indicator, date, thresholds) }));
}
