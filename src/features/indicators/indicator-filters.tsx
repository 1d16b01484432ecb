import { useTranslation } from '../../lib/i18n';
import { ChoiceChips } from '../../components/choice-chips';
import { FnChipLabel, StatusChips, toggleIn } from '../../components/filter-chip';
import { STATUS_GLYPH } from '../../components/status-badge';
import { FUNCTION_CODES } from '../../domain/codes';
import { formatDate } from '../../lib/format';
import { useLang } from '../../stores/ui-store';
import { INDICATOR_STATUS_KEYS, type IndicatorStatusKey } from './select-indicators';
import type { IndicatorFilterState } from './use-indicator-filters';
import type { YearParam } from './use-year-param';
import { ChipRow } from './chip-row';
import { YearChips } from './year-chips';
import './messages';

interface Props {
  filters: IndicatorFilterState;
  yearParam: YearParam;
  years: readonly number[];
  statusCounts: Record<IndicatorStatusKey, number>;
}

/** Function, status and target year; a status with nothing in it shows no chip unless it is chosen. */
export function IndicatorFilters({ filters, yearParam, years, statusCounts }: Props) {
  const lang = useLang();
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const { fn, setFn, statuses, setStatuses } = filters;
  const { year, date, setYear } = yearParam;
  return (
    <section className="panel ind-filters" aria-label={t('filters')} data-testid="indicator-filters">
      <div className="filter-bar">
        <ChipRow labelId="ind-fn-label" label={t('fnFilter')}>
          <ChoiceChips
            choices={FUNCTION_CODES}
            chosen={fn}
            choose={setFn}
            allLabel={t('all')}
            label={(f) => <FnChipLabel code={f} name={tc(`fn.${f}`)} />}
            testId={(f) => `fn-chip-${f}`}
          />
        </ChipRow>
      </div>
      <div className="filter-bar">
        <ChipRow labelId="ind-status-label" label={t('statusFilter')}>
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
        </ChipRow>
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
