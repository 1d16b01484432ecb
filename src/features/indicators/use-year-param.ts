import { useSearchParam } from '../../lib/url-state';
import { evaluationDate, parseYear } from './evaluate-year';

export interface YearParam {
  /** The chosen target year, or null for "as of the report date". */
  year: number | null;
  /** The date the view judges at: min(report date, that year's last day). */
  date: string;
  setYear: (year: number | null) => void;
}

/** ?year= as state: the list page and the detail page judge the same year from one link. */
export function useYearParam(years: readonly number[], asOf: string): YearParam {
  const [raw, setRaw] = useSearchParam('year');
  const year = parseYear(raw, years);
  return { year, date: evaluationDate(asOf, year), setYear: (y) => setRaw(y === null ? null : String(y)) };
}
