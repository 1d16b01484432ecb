import { useTranslation } from '../../lib/i18n';
import { FilterChip, FnChipLabel, StatusChips, toggleIn } from '../../components/filter-chip';
import { STATUS_GLYPH } from '../../components/status-badge';
import { FUNCTION_CODES } from '../../domain/codes';
import { formatDate, type Lang } from '../../lib/format';
import { INDICATOR_STATUS_KEYS, type IndicatorStatusKey } from './select-indicators';
import type { IndicatorFilterState } from './use-indicator-filters';
import type { YearParam } from './use-year-param';
import { YearChips } from './year-chips';
import './messages';

interface Props {
  filters: IndicatorFilterState;
  yearParam: YearParam;
  years: readonly number[];
  statusCounts: Record<IndicatorStatusKey, number>;
  lang: Lang;
}

/** Function, status and target year; a status with nothing in it shows no chip unless it is chosen. */
export function IndicatorFilters({ filters, yearParam, years, statusCounts, lang }: Props) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const { fn, setFn, statuses, setStatuses } = filters;
  const { year, date, setYear } = yearParam;
  return (
    <section className="panel ind-filters" aria-label={t('filters')} data-testid="indicator-filters">
      <div className="filter-bar">
        <span className="ind-filter-label" id="ind-fn-label">
          {t('fnFilter')}
        </span>
        <div className="ind-chips" role="group" aria-labelledby="ind-fn-label">
          <FilterChip pressed={fn === null} onClick={() => setFn(null)}>
            {t('all')}
          </FilterChip>
          {FUNCTION_CODES.map((f) => (
            <FilterChip
              key={f}
              pressed={fn === f}
              onClick={() => setFn(fn === f ? null : f)}
              testId={`fn-chip-${f}`}
            >
              <FnChipLabel code={f} name={tc(`fn.${f}`)} />
            </FilterChip>
          ))}
        </div>
      </div>
      <div className="filter-bar">
        <span className="ind-filter-label" id="ind-status-label">
          {t('statusFilter')}
        </span>
        <div className="ind-chips" role="group" aria-labelledby="ind-status-label">
          <StatusChips
            keys={INDICATOR_STATUS_KEYS.filter((s) => statusCounts[s] > 0 || statuses.includes(s))}
            selected={statuses}
            onToggle={(s) => setStatuses(toggleIn(statuses, s, INDICATOR_STATUS_KEYS))}
            glyph={(s) => STATUS_GLYPH[s]}
            label={(s) => tc(`indicatorStatus.${s}`)}
            count={(s) => statusCounts[s]}
            chipClass={(s) => `status-${s}`}
            testId={(s) => `status-chip-${s}`}
            countClass="num ind-chip-count"
          />
        </div>
      </div>
      {years.length > 0 ? (
        <div className="filter-bar">
          <YearChips years={years} year={year} setYear={setYear} labelId="ind-year-label" withTestIds />
        </div>
      ) : null}
      <div className="ind-filter-foot">
        {year !== null ? (
          <p className="ind-evaluated" role="status" data-testid="evaluated-at">
            {t('evaluatedAt', { year, date: formatDate(date, lang) })}
          </p>
        ) : (
          <span />
        )}
        {filters.any ? (
          <button type="button" className="btn ghost small" onClick={filters.clear}>
            {t('clearFilters')}
          </button>
        ) : null}
      </div>
    </section>
  );
}
