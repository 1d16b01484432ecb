import { useMemo } from 'react';
import { useTranslation, type TFunction } from '../../lib/i18n';
import type { OutCell } from '../../lib/xlsx-write';
import { DataTable, type Column } from '../../components/data-table';
import { nameColumn, percentColumn, textColumn } from '../../components/columns';
import { StatusBadge } from '../../components/status-badge';
import {
  needsAttention,
  statusSeverity,
  type AssessedIndicator,
  type AssessedTask,
  type IndicatorChange,
  type TaskChange,
} from '../../domain/metrics';
import type { StatusCode } from '../../domain/codes';
import { formatDate, formatNumber, formatPercent, formatPoints } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { formatQuantity } from '../../lib/quantity';
import { targetPeriodLabel } from '../../lib/target-period';
import { byUrgency, indicatorDigits } from './build-summary';
import type { Briefing } from './use-briefing';
import { noteWithDate } from '../../components/latest-note';
import { StatusBasis, statusBasisText } from '../../components/status-basis';
import { Unavailable, useMissingCause } from '../../components/resource-cause';

const noteOf = (x: AssessedTask, lang: 'zh' | 'en') => noteWithDate(x.a.latestNote, lang);

/** A column of a briefing table; `cell` is its value in the workbook when text would lose it (a number, a date). */
export type BriefColumn<T> = Column<T> & { cell?: (row: T) => OutCell };

/** A share 0–1 shown as "62%", kept as a percentage cell in the workbook. */
function percentWithCell<T>(
  key: string,
  header: string,
  get: (row: T) => number | null,
  hideOnPhone?: boolean,
): BriefColumn<T> {
  return {
    ...percentColumn(key, header, get, { hideOnPhone }),
    cell: (x) => {
      const v = get(x);
      return v === null ? null : { percent: v };
    },
  };
}

export interface TableSpec<T> {
  rows: T[];
  columns: BriefColumn<T>[];
}

/** Tasks needing attention, most urgent first, and how the briefing shows them. */
export function behindTable(b: Briefing, t: TFunction, tc: TFunction): TableSpec<AssessedTask> {
  const { assessment, lang, unitName } = b;
  const rows = (assessment?.tasks ?? []).filter((x) => needsAttention(x.a.status)).sort(byUrgency);
  const columns: BriefColumn<AssessedTask>[] = [
    {
      key: 'no',
      header: t('col.no'),
      render: (x) => x.task.order,
      sortValue: (x) => x.task.order,
      align: 'end',
    },
    nameColumn('task', t('col.task'), (x) => x.task, lang),
    textColumn('lead', t('col.lead'), (x) => unitName(x.task.leadUnitId)),
    {
      key: 'status',
      header: t('col.status'),
      render: (x) => (
        <>
          <StatusBadge status={x.a.status} manual={Boolean(x.a.manual)} />
          <StatusBasis a={x.a} />
        </>
      ),
      sortValue: (x) => statusSeverity(x.a.status),
      csv: (x) => {
        const basis = statusBasisText(x.a, tc);
        return basis ? `${tc(`status.${x.a.status}`)} (${basis})` : tc(`status.${x.a.status}`);
      },
    },
    percentWithCell(`progress`, t('col.progress'), (x) => x.a.progress),
    percentWithCell(`time`, t('col.time'), (x) => x.a.timeProgress),
    { key: 'note', header: t('col.note'), render: (x) => noteOf(x, lang), csv: (x) => noteOf(x, lang) },
  ];
  return { rows, columns };
}

export function BehindTable({ b }: { b: Briefing }) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const { assessment } = b;
  const tasksCause = useMissingCause(b.state.resources, 'tasks');
  const { rows, columns } = useMemo(() => behindTable(b, t, tc), [b, t, tc]);
  // With the tasks missing an empty table would read as "nothing lagging": the cause stands in its place.
  if (assessment?.overall === null) return <Unavailable cause={tasksCause} />;
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(x) => x.task.id}
      text={{ caption: t('behind'), csvName: t('csvBehind') }}
      asOf={assessment?.asOf ?? null}
      sortParam="sortBehind"
      emptyText={t('noBehind')}
      testId="briefing-behind-table"
    />
  );
}

/** Every indicator with its target, actual and attainment. */
export function indicatorTable(b: Briefing, t: TFunction, tc: TFunction): TableSpec<AssessedIndicator> {
  const { assessment, lang } = b;
  const num = (v: number | null, x: AssessedIndicator, role: 'target' | 'value' = 'value') => {
    if (v === null) return '—';
    if (x.indicator.kind === 'milestone')
      return role === 'target' ? t('milestoneGoal') : v >= 1 ? t('milestoneDone') : t('milestoneOpen');
    return formatQuantity(v, x.indicator, lang, indicatorDigits(x.indicator));
  };
  // In the workbook a quantity is a number (its unit is in the indicator's name column's neighbour).
  const value = (v: number | null, x: AssessedIndicator, role: 'target' | 'value' = 'value'): OutCell =>
    v === null || x.indicator.kind === 'milestone' ? (v === null ? null : num(v, x, role)) : v;
  const projection = (x: AssessedIndicator) => (x.a.periodEnded ? null : x.a.projection);
  const columns: BriefColumn<AssessedIndicator>[] = [
    nameColumn('indicator', t('col.indicator'), (x) => x.indicator, lang),
    {
      key: 'period',
      header: t('col.period'),
      render: (x) => (x.a.target ? targetPeriodLabel(x.a.target, lang) : '—'),
      sortValue: (x) => x.a.target?.period.end ?? null,
      csv: (x) => (x.a.target ? targetPeriodLabel(x.a.target, lang) : ''),
    },
    {
      key: 'target',
      header: t('col.target'),
      render: (x) => num(x.a.target?.value ?? null, x, 'target'),
      sortValue: (x) => x.a.target?.value ?? null,
      csv: (x) => num(x.a.target?.value ?? null, x, 'target'),
      cell: (x) => value(x.a.target?.value ?? null, x, 'target'),
      align: 'end',
    },
    {
      key: 'actual',
      header: t('col.actual'),
      render: (x) => num(x.a.actual, x),
      sortValue: (x) => x.a.actual,
      csv: (x) => num(x.a.actual, x),
      cell: (x) => value(x.a.actual, x),
      align: 'end',
    },
    percentWithCell('attainment', t('col.attainment'), (x) => x.a.attainment),
    percentWithCell('expected', t('expected'), (x) => x.a.expectedAttainment, true),
    {
      key: 'projection',
      header: t('col.projection'),
      render: (x) => (projection(x) === null ? '—' : num(projection(x), x)),
      sortValue: (x) => x.a.projection,
      csv: (x) => (projection(x) === null ? '' : num(projection(x), x)),
      cell: (x) => value(projection(x), x),
      align: 'end',
      hideOnPhone: true,
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (x) => <StatusBadge status={x.a.status} kind="indicator" noTarget={x.a.noTarget} />,
      sortValue: (x) => (x.a.status ? statusSeverity(x.a.status) : null),
      csv: (x) => tc(`indicatorStatus.${x.a.status ?? 'noData'}`),
    },
  ];
  return { rows: assessment?.indicators ?? [], columns };
}

export function IndicatorTable({ b }: { b: Briefing }) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const { assessment } = b;
  const { rows, columns } = useMemo(() => indicatorTable(b, t, tc), [b, t, tc]);
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(x) => x.indicator.id}
      text={{ caption: t('indicators'), csvName: t('csvIndicators') }}
      asOf={assessment?.asOf ?? null}
      sortParam="sortInd"
      testId="briefing-indicator-table"
    />
  );
}

interface ChangeRow {
  id: string;
  kind: 'task' | 'indicator';
  name: string;
  before: StatusCode | null;
  after: StatusCode | null;
  change: string;
  severity: number;
}

export function changeRows(b: Briefing, lang: 'zh' | 'en'): ChangeRow[] {
  const { comparison, data } = b;
  const diff = comparison.diff;
  if (!diff || !data) return [];
  const tasks = diff.tasks
    .filter(
      (c: TaskChange) =>
        c.before !== c.after || (c.progressDelta ?? 0) !== 0 || c.milestonesAchieved.length > 0,
    )
    .map((c) => {
      const task = data.tasks.find((x) => x.id === c.taskId);
      return {
        id: c.taskId,
        kind: 'task' as const,
        name: task ? `${task.order} ${nameIn(task, lang)}` : c.taskId,
        before: c.before,
        after: c.after,
        change: `${formatPercent(c.progressBefore)} → ${formatPercent(c.progressAfter)} (${formatPoints(c.progressDelta)})`,
        severity: c.before === null ? 0 : statusSeverity(c.after) - statusSeverity(c.before),
      };
    });
  const indicators = diff.indicators
    .filter((c: IndicatorChange) => c.before !== c.after || c.actualBefore !== c.actualAfter)
    .map((c) => {
      const ind = data.indicators.find((x) => x.id === c.indicatorId);
      return {
        id: c.indicatorId,
        kind: 'indicator' as const,
        name: ind ? nameIn(ind, lang) : c.indicatorId,
        before: c.before,
        after: c.after,
        change: `${formatNumber(c.actualBefore, lang)} → ${formatNumber(c.actualAfter, lang)}`,
        severity:
          c.before === null || c.after === null ? 0 : statusSeverity(c.after) - statusSeverity(c.before),
      };
    });
  return [...tasks, ...indicators];
}

/** What changed since the compare date, tasks then indicators. */
export function changesTable(b: Briefing, t: TFunction, tc: TFunction): TableSpec<ChangeRow> {
  const { lang, comparison, assessment } = b;
  const from = formatDate(comparison.compareAsOf, lang);
  const to = formatDate(assessment?.asOf ?? null, lang);
  const word = (r: ChangeRow, s: StatusCode | null) =>
    tc(r.kind === 'task' ? `status.${s ?? 'noData'}` : `indicatorStatus.${s ?? 'noData'}`);
  const columns: BriefColumn<ChangeRow>[] = [
    {
      key: 'kind',
      header: t('col.kind'),
      render: (r) => (r.kind === 'task' ? t('kindTask') : t('kindIndicator')),
      sortValue: (r) => r.kind,
      csv: (r) => (r.kind === 'task' ? t('kindTask') : t('kindIndicator')),
    },
    textColumn('name', t('col.task'), (r) => r.name),
    {
      key: 'before',
      header: t('col.before', { date: from }),
      render: (r) => <StatusBadge status={r.before} kind={r.kind} />,
      sortValue: (r) => (r.before ? statusSeverity(r.before) : null),
      csv: (r) => word(r, r.before),
    },
    {
      key: 'after',
      header: t('col.after', { date: to }),
      render: (r) => <StatusBadge status={r.after} kind={r.kind} />,
      sortValue: (r) => (r.after ? statusSeverity(r.after) : null),
      csv: (r) => word(r, r.after),
    },
    { key: 'change', header: t('col.change'), render: (r) => r.change, csv: (r) => r.change, align: 'end' },
  ];
  return { rows: changeRows(b, lang), columns };
}

export function ChangesTable({ b }: { b: Briefing }) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const { assessment } = b;
  const { rows, columns } = useMemo(() => changesTable(b, t, tc), [b, t, tc]);
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => `${r.kind}-${r.id}`}
      text={{ caption: t('changesNone'), csvName: t('csvChanges') }}
      asOf={assessment?.asOf ?? null}
      sortParam="sortChg"
      emptyText={t('noChanges')}
      testId="briefing-changes-table"
    />
  );
}
