import { useTranslation } from '../../lib/i18n';
import { ChoiceChips } from '../../components/choice-chips';
import { OptionalSelect } from '../../components/optional-select';
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
      <ChoiceChips
        choices={kinds.map((k) => k.kind)}
        chosen={kind}
        choose={setKind}
        allLabel={
          <>
            {t('all')} <span className="num">{rows.length}</span>
          </>
        }
        allTestId="kind-all"
        label={(k) => (
          <>
            {t(`kinds.${k}`)} <span className="num">{kinds.find((x) => x.kind === k)?.leads}</span>
          </>
        )}
        testId={(k) => `kind-${k}`}
      />
      <label className="unit-picker">
        <span>{t('unit')}</span>
        <OptionalSelect value={selectedId} onChange={setUnit} noneLabel={t('noUnit')} testId="unit-select">
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
        </OptionalSelect>
      </label>
    </div>
  );
}
