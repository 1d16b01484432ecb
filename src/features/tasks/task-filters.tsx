import { useId } from 'react';
import { useTranslation } from '../../lib/i18n';
import { STATUS_GLYPH } from '../../components/status-badge';
import { ChipGroup, FilterChip, FnChipLabel, StatusChips, toggleIn } from '../../components/filter-chip';
import { OptionalSelect } from '../../components/optional-select';
import { FUNCTION_CODES, STATUS_CODES, type FunctionCode, type StatusCode } from '../../domain/codes';
import type { Aspect } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { hasFilters, type leadUnitOptions, type TaskFilters } from './filter-tasks';
import './messages';

export interface FilterSetters {
  setAspect: (v: string | null) => void;
  setFn: (v: FunctionCode | null) => void;
  setUnit: (v: string | null) => void;
  setStatuses: (v: StatusCode[]) => void;
  setQ: (v: string | null) => void;
  clear: () => void;
}

interface Props {
  filters: TaskFilters;
  set: FilterSetters;
  aspects: Aspect[];
  units: ReturnType<typeof leadUnitOptions>;
  counts: Record<StatusCode, number>;
  lang: Lang;
}

/** Every control writes the URL, so the link in the address bar reproduces the view. */
export function TaskFilterBar({ filters, set, aspects, units, counts, lang }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const id = useId();

  return (
    <div className="task-filters" data-testid="task-filters">
      <div className="filter-bar">
        <label htmlFor={`${id}-aspect`}>{t('filter.aspect')}</label>
        <OptionalSelect
          id={`${id}-aspect`}
          value={filters.aspect}
          onChange={set.setAspect}
          noneLabel={t('filter.allAspects')}
          testId="filter-aspect"
        >
          {aspects.map((a, i) => (
            <option key={a.id} value={a.id}>
              {`${i + 1} ${nameIn(a, lang)}`}
            </option>
          ))}
        </OptionalSelect>
        <label htmlFor={`${id}-unit`}>{t('filter.unit')}</label>
        <OptionalSelect
          id={`${id}-unit`}
          value={filters.unit}
          onChange={set.setUnit}
          noneLabel={t('filter.allUnits')}
          testId="filter-unit"
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {shortNameIn(u.unit ?? undefined, lang, u.id)}
            </option>
          ))}
        </OptionalSelect>
        <label htmlFor={`${id}-q`}>{t('filter.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filters.q}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(e) => set.setQ(e.target.value || null)}
          data-testid="filter-q"
        />
      </div>
      <div className="filter-bar">
        <ChipGroup label={t('filter.fn')} className="chip-group" labelClassName="chip-group-label">
          {FUNCTION_CODES.map((f) => (
            <FilterChip
              key={f}
              pressed={filters.fn === f}
              onClick={() => set.setFn(filters.fn === f ? null : f)}
              testId={`filter-fn-${f}`}
            >
              <FnChipLabel code={f} name={tc(`fn.${f}`)} />
            </FilterChip>
          ))}
        </ChipGroup>
        <ChipGroup label={t('filter.status')} className="chip-group" labelClassName="chip-group-label">
          <StatusChips
            keys={STATUS_CODES}
            selected={filters.statuses}
            onToggle={(s) => set.setStatuses(toggleIn(filters.statuses, s, STATUS_CODES))}
            glyph={(s) => STATUS_GLYPH[s]}
            label={(s) => tc(`status.${s}`)}
            count={(s) => counts[s]}
            chipClass={(s) => `status-chip status-${s}`}
            testId={(s) => `filter-status-${s}`}
            countAs="strong"
            disabled={(s) => !filters.statuses.includes(s) && counts[s] === 0}
          />
        </ChipGroup>
        {hasFilters(filters) ? (
          <button type="button" className="btn ghost small" onClick={set.clear} data-testid="filter-clear">
            {t('ledger.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
