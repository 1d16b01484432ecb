import { useTranslation } from '../../lib/i18n';
import { FilterChip } from '../../components/filter-chip';
import './messages';

interface Props {
  years: readonly number[];
  year: number | null;
  setYear: (year: number | null) => void;
  /** The label's id: the list and the detail page each have their own. */
  labelId: string;
  /** Test ids on the year chips (the list page's specs pick a year by id). */
  withTestIds?: boolean;
}

/** "Current" plus one chip a target year; the list and the detail page judge the same year from one link. */
export function YearChips({ years, year, setYear, labelId, withTestIds = false }: Props) {
  const { t } = useTranslation('indicators');
  return (
    <>
      <span className="ind-filter-label" id={labelId}>
        {t('yearFilter')}
      </span>
      <div className="ind-chips" role="group" aria-labelledby={labelId}>
        <FilterChip pressed={year === null} onClick={() => setYear(null)}>
          {t('current')}
        </FilterChip>
        {years.map((y) => (
          <FilterChip
            key={y}
            className="num"
            pressed={year === y}
            onClick={() => setYear(year === y ? null : y)}
            testId={withTestIds ? `year-chip-${y}` : undefined}
          >
            {y}
          </FilterChip>
        ))}
      </div>
    </>
  );
}
