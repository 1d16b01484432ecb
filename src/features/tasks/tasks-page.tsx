import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import { DataTable, tableText } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import { countStatuses, type PlanAssessment, type PlanData } from '../../domain/metrics';
import { STATUS_CODES, type FunctionCode } from '../../domain/codes';
import { useAsOfParam, useListParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import { useLang } from '../../stores/ui-store';
import { useIsPhone } from '../../lib/use-media';
import {
  buildTaskRows,
  filterTasks,
  hasFilters,
  leadUnitOptions,
  parseFunction,
  parseStatuses,
  sortTaskRows,
  statusChipCounts,
  type TaskFilters,
  type TaskRow,
} from './filter-tasks';
import { useTaskColumns } from './task-columns';
import { TaskFilterBar, type FilterSetters } from './task-filters';
import { TimelinePanel } from './timeline-panel';
import './messages';
import './tasks.css';

const FILTER_KEYS = ['aspect', 'fn', 'unit', 'status', 'q'] as const;
/** Longer ledgers render only the rows in view (a source may have 10,000 tasks); the plan's 15 never are. */
const VIRTUALIZE_ABOVE = 100;

export function TasksPage() {
  const { t } = useTranslation('tasks');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  return (
    <PageFrame
      needs={['tasks']}
      title={t('ledger.title')}
      testId="tasks"
      state={state}
      requestedAsOf={asOfParam}
    >
      {(assessment, data) => (
        <Ledger
          assessment={assessment}
          data={data}
          tasksPending={state.resources.some((r) => r.resource === 'tasks' && r.status === 'pending')}
        />
      )}
    </PageFrame>
  );
}

function useTaskFilters(): [TaskFilters, FilterSetters] {
  const [aspect, setAspect] = useSearchParam('aspect');
  const [fnRaw, setFnRaw] = useSearchParam('fn');
  const [unit, setUnit] = useSearchParam('unit');
  const [statusRaw] = useSearchParam('status');
  const [, setStatuses] = useListParam('status', STATUS_CODES);
  const [q, setQ] = useSearchParam('q');
  const [, setParams] = useSearchParams();
  const setFn = useCallback((v: FunctionCode | null) => setFnRaw(v), [setFnRaw]);
  // One update for all keys: separate setters in a row would each start from the same old URL.
  const clear = useCallback(
    () =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        for (const k of FILTER_KEYS) p.delete(k);
        return p;
      }),
    [setParams],
  );
  const filters = useMemo(
    () => ({ aspect, fn: parseFunction(fnRaw), unit, statuses: parseStatuses(statusRaw), q: q ?? '' }),
    [aspect, fnRaw, unit, statusRaw, q],
  );
  return [filters, { setAspect, setFn, setUnit, setStatuses, setQ, clear }];
}

function Ledger({
  assessment,
  data,
  tasksPending,
}: {
  assessment: PlanAssessment;
  data: PlanData;
  tasksPending: boolean;
}) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const shared = useSharedSearch();
  const [filters, set] = useTaskFilters();
  const [sort] = useSearchParam('sort');
  const columns = useTaskColumns(lang, shared);

  const all = useMemo(
    () => buildTaskRows(assessment.tasks, data.plan.aspects, data.units, assessment.asOf),
    [assessment, data.plan.aspects, data.units],
  );
  const aspects = useMemo(
    () => [...data.plan.aspects].sort((x, y) => x.order - y.order),
    [data.plan.aspects],
  );
  const shown = useMemo(() => filterTasks(all, filters), [all, filters]);
  const counts = useMemo(() => statusChipCounts(all, filters), [all, filters]);
  const units = useMemo(() => leadUnitOptions(all), [all]);
  const ordered = useMemo(() => sortTaskRows(shown, sort), [shown, sort]);

  // Aspect groups read as bands only while rows are in plan order.
  const grouped = sort === null || sort === 'aspect';
  const firstOfAspect = useMemo(() => {
    const firsts = new Set<string>();
    let last: string | null = null;
    for (const r of shown) {
      if (r.task.aspectId !== last) firsts.add(r.task.id);
      last = r.task.aspectId;
    }
    return firsts;
  }, [shown]);
  const phone = useIsPhone();
  const filterBar = (
    <TaskFilterBar filters={filters} set={set} aspects={aspects} units={units} counts={counts} lang={lang} />
  );
  const rowClassName = useCallback(
    (r: TaskRow) => (grouped ? (firstOfAspect.has(r.task.id) ? 'aspect-first' : 'aspect-repeat') : undefined),
    [grouped, firstOfAspect],
  );

  return (
    <>
      <Panel title={t('filter.label')} className="tasks-filter-panel" testId="task-filter-panel">
        {phone ? (
          // On a phone the controls fold away, so the first card is on the first screen.
          <details className="filter-disclosure" open={hasFilters(filters)} data-testid="filter-disclosure">
            <summary>
              {t('filter.show')}
              {hasFilters(filters) ? t('filter.active') : null}
            </summary>
            {filterBar}
          </details>
        ) : (
          filterBar
        )}
        <div className="task-summary" data-testid="task-summary">
          <p className="task-summary-line">
            {t('ledger.shownLabel')}{' '}
            <strong className="num" data-testid="task-count">
              {shown.length}
            </strong>
            <span className="muted"> / {all.length}</span>
          </p>
          <StatusBar counts={countStatuses(shown.map((r) => r.a.status))} />
        </div>
      </Panel>

      <Panel title={t('ledger.title')} className="ledger-panel" testId="task-ledger">
        <DataTable
          rows={shown}
          columns={columns}
          rowKey={(r) => r.task.id}
          text={tableText(t, 'ledger')}
          // The plan can arrive before the tasks: until they do, the table is loading, not empty.
          emptyText={tasksPending ? tc('state.loading') : t('ledger.empty')}
          testId="task-table"
          rowClassName={rowClassName}
          virtualizeAbove={VIRTUALIZE_ABOVE}
        />
      </Panel>

      <TimelinePanel rows={ordered} asOf={assessment.asOf} lang={lang} shared={shared} />
    </>
  );
}
