import { useTranslation } from '../../lib/i18n';
import type { Unit } from '../../domain/schemas';
import { shortNameIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import type { UnitsView } from './use-units-view';

/** The kind chips (with how many lead units each has) and the unit picker, grouped by kind. */
export function UnitFilters({ view, units }: { view: UnitsView; units: Unit[] }) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const { kind, setKind, kinds, rows, selectedId, setUnit } = view;
  return (
    <div className="filter-bar units-filters" role="group" aria-label={t('filters')}>
      <span className="filter-label">{t('kind')}</span>
      <button
        type="button"
        className="chip"
        aria-pressed={kind === null}
        onClick={() => setKind(null)}
        data-testid="kind-all"
      >
        {t('all')} <span className="num">{rows.length}</span>
      </button>
      {kinds.map((k) => (
        <button
          key={k.kind}
          type="button"
          className="chip"
          aria-pressed={kind === k.kind}
          onClick={() => setKind(kind === k.kind ? null : k.kind)}
          data-testid={`kind-${k.kind}`}
        >
          {t(`kinds.${k.kind}`)} <span className="num">{k.leads}</span>
        </button>
      ))}
      <label className="unit-picker">
        <span>{t('unit')}</span>
        <select
          value={selectedId ?? ''}
          onChange={(e) => setUnit(e.target.value || null)}
          data-testid="unit-select"
        >
          <option value="">{t('noUnit')}</option>
          {kinds.map((k) => (
            <optgroup key={k.kind} label={t(`kinds.${k.kind}`)}>
              {units
                .filter((u) => u.kind === k.kind)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {shortNameIn(u, lang)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
    </div>
  );
}
