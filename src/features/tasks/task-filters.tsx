import { useId } from 'react';
import { useTranslation } from '../../lib/i18n';
import { STATUS_GLYPH } from '../../components/status-badge';
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
  const toggle = (s: StatusCode) =>
    set.setStatuses(
      filters.statuses.includes(s)
        ? filters.statuses.filter((x) => x !== s)
        : STATUS_CODES.filter((x) => x === s || filters.statuses.includes(x)),
    );

  return (
    <div className="task-filters" data-testid="task-filters">
      <div className="filter-bar">
        <label htmlFor={`${id}-aspect`}>{t('filter.aspect')}</label>
        <select
          id={`${id}-aspect`}
          value={filters.aspect ?? ''}
          onChange={(e) => set.setAspect(e.target.value || null)}
          data-testid="filter-aspect"
        >
          <option value="">{t('filter.allAspects')}</option>
          {aspects.map((a, i) => (
            <option key={a.id} value={a.id}>
              {`${i + 1} ${nameIn(a, lang)}`}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-unit`}>{t('filter.unit')}</label>
        <select
          id={`${id}-unit`}
          value={filters.unit ?? ''}
          onChange={(e) => set.setUnit(e.target.value || null)}
          data-testid="filter-unit"
        >
          <option value="">{t('filter.allUnits')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {shortNameIn(u.unit ?? undefined, lang, u.id)}
            </option>
          ))}
        </select>
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
        <div className="chip-group" role="group" aria-label={t('filter.fn')}>
          <span className="chip-group-label">{t('filter.fn')}</span>
          {FUNCTION_CODES.map((f) => (
            <button
              key={f}
              type="button"
              className="chip"
              aria-pressed={filters.fn === f}
              onClick={() => set.setFn(filters.fn === f ? null : f)}
              data-testid={`filter-fn-${f}`}
            >
              <span className={`fn-tag fn-${f}`} aria-hidden="true">
                {f}
              </span>
              {tc(`fn.${f}`)}
            </button>
          ))}
        </div>
        <div className="chip-group" role="group" aria-label={t('filter.status')}>
          <span className="chip-group-label">{t('filter.status')}</span>
          {STATUS_CODES.map((s) => {
            const pressed = filters.statuses.includes(s);
            return (
              <button
                key={s}
                type="button"
                className={`chip status-chip status-${s}`}
                aria-pressed={pressed}
                disabled={!pressed && counts[s] === 0}
                onClick={() => toggle(s)}
                data-testid={`filter-status-${s}`}
              >
                <span className="status-glyph" aria-hidden="true">
                  {STATUS_GLYPH[s]}
                </span>
                {tc(`status.${s}`)}
                <strong className="num">{counts[s]}</strong>
              </button>
            );
          })}
        </div>
        {hasFilters(filters) ? (
          <button type="button" className="btn ghost small" onClick={set.clear} data-testid="filter-clear">
            {t('ledger.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
