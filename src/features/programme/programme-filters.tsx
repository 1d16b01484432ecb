import { useTranslation } from '../../lib/i18n';
import { ChipGroup, FilterChip, StatusChips, toggleIn } from '../../components/filter-chip';
import { STATUS_GLYPH } from '../../components/status-badge';
import { STATUS_CODES, type StatusCode } from '../../domain/codes';
import type { Programme } from '../../domain/schemas';
import { nameIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import { areaOrdinal } from './select-programme';
import type { ProgrammeFilterState } from './use-programme-filters';
import './messages';

interface Props {
  programme: Programme;
  filters: ProgrammeFilterState;
  statusCounts: Record<StatusCode, number>;
}

/** One area at a time, any number of statuses; "all" clears its row. */
export function ProgrammeFilters({ programme, filters, statusCounts }: Props) {
  const { areaId, setArea, statuses, setStatuses } = filters;
  const lang = useLang();
  const { t } = useTranslation('programme');
  const { t: tc } = useTranslation();
  return (
    <>
      <ChipGroup
        label={t('area')}
        ariaLabel={t('filters')}
        className="filter-bar programme-filters"
        labelClassName="filter-label"
      >
        <FilterChip pressed={areaId === null} onClick={() => setArea(null)} testId="area-all">
          {t('all')}
        </FilterChip>
        {[...programme.areas]
          .sort((a, b) => a.order - b.order)
          .map((a) => (
            <FilterChip
              key={a.id}
              pressed={areaId === a.id}
              onClick={() => setArea(areaId === a.id ? null : a.id)}
              testId={`area-chip-${a.id}`}
              title={nameIn(a, lang)}
            >
              {areaOrdinal(a.order, lang).replace('、', ' ')}
              {nameIn(a, lang)}
            </FilterChip>
          ))}
      </ChipGroup>
      <ChipGroup label={t('status')} className="filter-bar programme-filters" labelClassName="filter-label">
        <FilterChip pressed={statuses.length === 0} onClick={() => setStatuses([])} testId="status-all">
          {t('all')}
        </FilterChip>
        <StatusChips
          keys={STATUS_CODES}
          selected={statuses}
          onToggle={(s) => setStatuses(toggleIn(statuses, s))}
          glyph={(s) => STATUS_GLYPH[s]}
          label={(s) => tc(`status.${s}`)}
          count={(s) => statusCounts[s]}
          chipClass={(s) => `status-${s}`}
          testId={(s) => `status-chip-${s}`}
        />
      </ChipGroup>
    </>
  );
}
