import type { ReactNode } from 'react';
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

interface CountedChipsProps<K extends string> {
  keys: readonly K[];
  selected: K[];
  set: (next: K[]) => void;
  label: (k: K) => ReactNode;
  count: (k: K) => number;
  testId: (k: K) => string;
}

/** A chip a kind or function, any number pressed, each with how many projects it holds. */
function CountedChips<K extends string>({ keys, selected, set, label, count, testId }: CountedChipsProps<K>) {
  return keys.map((k) => (
    <FilterChip
      key={k}
      pressed={selected.includes(k)}
      onClick={() => set(toggleIn(selected, k))}
      testId={testId(k)}
    >
      {label(k)} <span className="num">{count(k)}</span>
    </FilterChip>
  ));
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
        <CountedChips
          keys={PROJECT_KINDS}
          selected={kinds}
          set={setKinds}
          label={(k) => t(`kind.${k}`)}
          count={(k) => counts.kind[k]}
          testId={(k) => `kind-chip-${k}`}
        />
      </ChipGroup>
      <ChipGroup label={t('filters.fn')} className="filter-bar" labelClassName="filter-label">
        <CountedChips
          keys={FUNCTION_CODES}
          selected={fns}
          set={setFns}
          label={(f) => <FnChipLabel code={f} name={tc(`fn.${f}`)} />}
          count={(f) => counts.fn[f]}
          testId={(f) => `fn-chip-${f}`}
        />
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
