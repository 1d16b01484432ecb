import { latestNotedPoint, type AssessedTask, type TrackAssessment } from '../../domain/metrics';
import { FUNCTION_CODES, STATUS_CODES, type FunctionCode, type StatusCode } from '../../domain/codes';
import type { Aspect, IsoDate, ProgressPoint, Task, Unit } from '../../domain/schemas';

/** One ledger line: a task, its assessment and the names it is shown and searched by. */
export interface TaskRow {
  task: Task;
  a: TrackAssessment;
  aspect: Aspect | null;
  /** Position of the aspect in the plan; unknown aspects go last. */
  aspectRank: number;
  lead: Unit | null;
  coUnits: Unit[];
  /** The latest report at asOf that carries a note (the latest report may be a bare figure). */
  latestNote: ProgressPoint | null;
}

export interface TaskFilters {
  aspect: string | null;
  fn: FunctionCode | null;
  unit: string | null;
  statuses: readonly StatusCode[];
  q: string;
}

export const NO_FILTERS: TaskFilters = { aspect: null, fn: null, unit: null, statuses: [], q: '' };

/** Rows in the plan's order: aspect order, then task order, then id for ties. */
export function buildTaskRows(
  tasks: readonly AssessedTask[],
  aspects: readonly Aspect[],
  units: readonly Unit[],
  asOf: IsoDate,
): TaskRow[] {
  const sortedAspects = [...aspects].sort((x, y) => x.order - y.order);
  const rank = new Map(sortedAspects.map((x, i) => [x.id, i]));
  const aspectById = new Map(aspects.map((x) => [x.id, x]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  return tasks
    .map(({ task, a }) => ({
      task,
      a,
      aspect: aspectById.get(task.aspectId) ?? null,
      aspectRank: rank.get(task.aspectId) ?? sortedAspects.length,
      lead: unitById.get(task.leadUnitId) ?? null,
      coUnits: task.coUnitIds.map((id) => unitById.get(id)).filter((u): u is Unit => u !== undefined),
      latestNote: latestWithNote(task.progress, asOf),
    }))
    .sort(byPlanOrder);
}

/** One rule for 最新进展 in every view: the domain's. */
export const latestWithNote = latestNotedPoint;

export function byPlanOrder(x: TaskRow, y: TaskRow): number {
  return (
    x.aspectRank - y.aspectRank ||
    x.task.order - y.task.order ||
    (x.task.id < y.task.id ? -1 : x.task.id > y.task.id ? 1 : 0)
  );
}

export const parseFunction = (raw: string | null): FunctionCode | null =>
  (FUNCTION_CODES as readonly string[]).includes(raw ?? '') ? (raw as FunctionCode) : null;

export const parseStatuses = (raw: string | null): StatusCode[] =>
  (raw ?? '').split(',').filter((s): s is StatusCode => (STATUS_CODES as readonly string[]).includes(s));

const unitWords = (u: Unit | null): string[] =>
  u ? [u.id, u.name, u.nameEn ?? '', u.shortName, u.shortNameEn ?? ''] : [];

/** Everything a user may type to find a task: names in both languages, units, aspect, the latest note. */
function haystack(row: TaskRow): string {
  const { task, a } = row;
  return [
    task.id,
    task.name,
    task.nameEn ?? '',
    ...unitWords(row.lead),
    ...row.coUnits.flatMap(unitWords),
    row.aspect?.name ?? '',
    row.aspect?.nameEn ?? '',
    row.latestNote?.note ?? '',
    row.latestNote?.noteEn ?? '',
    a.nextMilestone?.name ?? '',
    a.nextMilestone?.nameEn ?? '',
  ]
    .join('\n')
    .toLowerCase();
}

/** Every whitespace-separated term must occur somewhere (AND), case-insensitively. */
export function matchesText(row: TaskRow, q: string): boolean {
  const terms = q.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const text = haystack(row);
  return terms.every((term) => text.includes(term));
}

function matchesExceptStatus(row: TaskRow, f: TaskFilters): boolean {
  if (f.aspect && row.task.aspectId !== f.aspect) return false;
  if (f.fn && !row.task.functions.includes(f.fn)) return false;
  if (f.unit && row.task.leadUnitId !== f.unit) return false;
  return matchesText(row, f.q);
}

/** The status shown (manual when one is in force) is what a user filters by. */
export function filterTasks(rows: readonly TaskRow[], f: TaskFilters): TaskRow[] {
  return rows.filter(
    (r) => matchesExceptStatus(r, f) && (f.statuses.length === 0 || f.statuses.includes(r.a.status)),
  );
}

/** Counts for the status chips: what each chip would add, given every other filter. */
export function statusChipCounts(rows: readonly TaskRow[], f: TaskFilters): Record<StatusCode, number> {
  const counts = Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as Record<StatusCode, number>;
  for (const r of rows) if (matchesExceptStatus(r, f)) counts[r.a.status] += 1;
  return counts;
}

export function hasFilters(f: TaskFilters): boolean {
  return Boolean(f.aspect || f.fn || f.unit || f.statuses.length > 0 || f.q.trim());
}

/** Lead units that lead at least one task, in the order the rows list them, each once. */
export function leadUnitOptions(rows: readonly TaskRow[]): Array<{ id: string; unit: Unit | null }> {
  const seen = new Map<string, Unit | null>();
  for (const r of rows) if (!seen.has(r.task.leadUnitId)) seen.set(r.task.leadUnitId, r.lead);
  return [...seen].map(([id, unit]) => ({ id, unit }));
}

type SortValue = string | number | null;

/**
 * Sort keys shared by the table columns and the timeline, so both read the same `?sort=`. Plan order
 * is folded into the aspect key, so "sort by aspect" keeps tasks in their order within an aspect.
 */
export const TASK_SORT_VALUES: Record<string, (r: TaskRow) => SortValue> = {
  aspect: (r) => r.aspectRank * 10_000 + r.task.order,
  task: (r) => r.task.order + r.aspectRank * 10_000,
  lead: (r) => r.lead?.shortName ?? r.task.leadUnitId,
  progress: (r) => Math.round(r.a.progress * 100),
  timeProgress: (r) => Math.round(r.a.timeProgress * 100),
  gap: (r) => Math.round(r.a.gap * 100),
  status: (r) => STATUS_RANK[r.a.status],
  next: (r) => r.a.nextMilestone?.planned ?? null,
  latest: (r) => r.latestNote?.date ?? null,
};

/** Worst first when sorted ascending, so one click on 状态 brings what is behind to the top. */
const STATUS_RANK: Record<StatusCode, number> = {
  missed: 0,
  overdue: 0,
  lagging: 1,
  watch: 2,
  onTrack: 3,
  notStarted: 4,
  done: 5,
};

const compare = (a: SortValue, b: SortValue) => {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), 'zh-Hans-CN');
};

/** Mirrors the table's sort (`key` or `-key`); an unknown or absent key keeps plan order. */
export function sortTaskRows(rows: readonly TaskRow[], sort: string | null): TaskRow[] {
  const desc = sort?.startsWith('-') ?? false;
  const get = TASK_SORT_VALUES[sort?.replace(/^-/, '') ?? ''];
  if (!get) return [...rows];
  const out = [...rows].sort((x, y) => compare(get(x), get(y)));
  return desc ? out.reverse() : out;
}

/** Short form of an aspect's name: the part before the first comma (“依托高校院所”). */
export function shortAspectName(name: string): string {
  const cut = name.split(/[，,:：]/)[0]?.trim();
  return cut && cut.length > 0 ? cut : name;
}
