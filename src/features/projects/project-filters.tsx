import { useTranslation } from '../../lib/i18n';
import { ChipGroup, FilterChip, FnChipLabel, StatusChips, toggleIn } from '../../components/filter-chip';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import type { ProjectKind, ProjectStatus } from '../../domain/schemas';
import { PROJECT_STATUSES, PROJECT_STATUS_GLYPH } from './project-status';
import { PROJECT_KINDS } from './select-projects';
import './messages';

export interface ProjectFilterState {
  statuses: ProjectStatus[];
  setStatuses: (next: ProjectStatus[]) => void;
  kinds: ProjectKind[];
  setKinds: (next: ProjectKind[]) => void;
  fns: FunctionCode[];
  setFns: (next: FunctionCode[]) => void;
  clear: () => void;
}

interface Props {
  filters: ProjectFilterState;
  counts: {
    status: Record<ProjectStatus, number>;
    kind: Record<ProjectKind, number>;
    fn: Record<FunctionCode, number>;
  };
}

/** Stage, kind and function; several of each may be chosen, and each chip shows how many projects it holds. */
export function ProjectFilters({ filters, counts }: Props) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const { statuses, setStatuses, kinds, setKinds, fns, setFns } = filters;
  const filtering = statuses.length + kinds.length + fns.length > 0;
  return (
    <div className="projects-filters">
      <ChipGroup label={t('filters.status')} className="filter-bar" labelClassName="filter-label">
        <StatusChips
          keys={PROJECT_STATUSES}
          selected={statuses}
          onToggle={(s) => setStatuses(toggleIn(statuses, s))}
          glyph={(s) => PROJECT_STATUS_GLYPH[s]}
          glyphClass="pstatus-glyph"
          label={(s) => <span className="chip-text">{t(`status.${s}`)}</span>}
          count={(s) => counts.status[s]}
          chipClass={(s) => `pstatus-chip pstatus-${s}`}
          testId={(s) => `status-chip-${s}`}
        />
      </ChipGroup>
      <ChipGroup label={t('filters.kind')} className="filter-bar" labelClassName="filter-label">
        {PROJECT_KINDS.map((k) => (
          <FilterChip
            key={k}
            pressed={kinds.includes(k)}
            onClick={() => setKinds(toggleIn(kinds, k))}
            testId={`kind-chip-${k}`}
          >
            {t(`kind.${k}`)} <span className="num">{counts.kind[k]}</span>
          </FilterChip>
        ))}
      </ChipGroup>
      <ChipGroup label={t('filters.fn')} className="filter-bar" labelClassName="filter-label">
        {FUNCTION_CODES.map((f) => (
          <FilterChip
            key={f}
            pressed={fns.includes(f)}
            onClick={() => setFns(toggleIn(fns, f))}
            testId={`fn-chip-${f}`}
          >
            <FnChipLabel code={f} name={tc(`fn.${f}`)} /> <span className="num">{counts.fn[f]}</span>
          </FilterChip>
        ))}
        {filtering ? (
          <button
            type="button"
            className="btn ghost small"
            onClick={filters.clear}
            data-testid="clear-filters"
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </ChipGroup>
    </div>
  );
}
