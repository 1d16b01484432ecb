import { http, type RequestHandler } from 'msw';
import type {
  IndicatorInput,
  Milestone,
  Observation,
  ProgressPoint,
  ProjectInput,
  ResourceName,
  TaskInput,
  WorkItemInput,
} from '../src/domain/schemas';
import { FUNCTION_CODES, type FunctionCode } from '../src/domain/schemas';
import { fixtures as planFixtures, type Fixtures } from './fixtures';
import { monthEnds } from './fixtures/series';
import { answerAsOf, DEFAULT_BASE_URL, resourceUrl, selectAsOf } from './handlers/shared';

/*
 * The plan's fixtures multiplied, for benchmarks and the virtualised ledger, at the sizes the app must
 * stay usable at: the overview at 100× the plan (1,500 tasks, 2,000 indicators with 60 monthly points each)
 * and a ledger of 10,000 rows.
 * Deterministic: the same counts always give byte-identical data. Copy 0 of every list is the plan's own
 * rows, unchanged; copy k > 0 gets ids suffixed `~k`, names suffixed ` #k`, and is spread over the
 * aspects, functions and units that exist, with its progress and values shifted a little so that the
 * statuses vary. The plan and the units stay as they are.
 */

export interface ScaleOptions {
  /** Multiplies every list (default 100). */
  factor?: number;
  /** Explicit counts win over the factor. */
  tasks?: number;
  /** Default 20 × factor: the issue's 2,000 indicators at 100×. */
  indicators?: number;
  workItems?: number;
  projects?: number;
}

export interface ScaleCounts {
  tasks: number;
  indicators: number;
  workItems: number;
  projects: number;
}

export const DEFAULT_SCALE_FACTOR = 100;
/** Indicators per factor unit: the plan has 12, the issue asks for 2,000 at 100×. */
export const INDICATORS_PER_FACTOR = 20;
/** Observations per scaled indicator: one per month end, 2021-01..2025-12. */
export const SCALE_MONTHS = monthEnds('2021-01', '2025-12');
/** Upper bound on any count, so a typo in a URL cannot take the browser down. */
export const MAX_SCALE_ROWS = 100_000;

const count = (explicit: number | undefined, fallback: number) => {
  const n = explicit ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_SCALE_ROWS) {
    throw new RangeError(`scale: a count must be a whole number from 0 to ${MAX_SCALE_ROWS}, got ${n}`);
  }
  return n;
};

export function scaleCounts(opts: ScaleOptions = {}, base: Fixtures = planFixtures): ScaleCounts {
  const factor = opts.factor ?? DEFAULT_SCALE_FACTOR;
  if (!(factor > 0) || !Number.isFinite(factor))
    throw new RangeError(`scale: factor must be positive, got ${factor}`);
  const times = (n: number) => Math.round(n * factor);
  return {
    tasks: count(opts.tasks, times(base.tasks.length)),
    indicators: count(opts.indicators, Math.round(INDICATORS_PER_FACTOR * factor)),
    workItems: count(opts.workItems, times(base.workItems.length)),
    projects: count(opts.projects, times(base.projects.length)),
  };
}

/** A small deterministic hash → [0, 1). */
function unit(i: number, salt: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[], i: number, salt: number): T => xs[Math.floor(unit(i, salt) * xs.length)]!;
const suffixId = (id: string, k: number) => (k === 0 ? id : `${id}~${k}`);
const suffixName = (name: string, k: number) => (k === 0 ? name : `${name} #${k}`);
const suffixOpt = (name: string | undefined, k: number) =>
  name === undefined ? undefined : suffixName(name, k);

/** The ids and names of copy k (copy 0 keeps its own). */
const renamed = (src: { id: string; name: string; nameEn?: string }, k: number) => ({
  id: suffixId(src.id, k),
  name: suffixName(src.name, k),
  nameEn: suffixOpt(src.nameEn, k),
});

const renamedMilestones = (milestones: readonly Milestone[] | undefined, k: number): Milestone[] =>
  (milestones ?? []).map((m) => ({ ...m, ...renamed(m, k) }));

/** n rows cycling through `rows`, each made from its source row, its copy number k and its index i. */
const cycle = <T>(rows: readonly T[], n: number, make: (src: T, k: number, i: number) => T): T[] =>
  Array.from({ length: n }, (_, i) => make(rows[i % rows.length]!, Math.floor(i / rows.length), i));

/** Copy 0 is the plan's own row, unchanged; only later copies vary. */
const firstAsIs =
  <T>(vary: (src: T, k: number, i: number) => T) =>
  (src: T, k: number, i: number): T =>
    k === 0 ? structuredClone(src) : vary(src, k, i);

/** Shifts a progress history by `delta` points, keeping it monotonic and leaving 100 % where it was. */
function shiftProgress(points: readonly ProgressPoint[] | undefined, delta: number): ProgressPoint[] {
  return (points ?? []).map((p) =>
    p.percent === 100 ? { ...p } : { ...p, percent: Math.max(0, Math.min(99, p.percent + delta)) },
  );
}

/** 1 to 2 distinct function codes. */
function functionsFor(i: number, original: readonly FunctionCode[]): FunctionCode[] {
  const first = pick(FUNCTION_CODES, i, 11);
  const second = unit(i, 12) < 0.4 ? pick(FUNCTION_CODES, i, 13) : first;
  const out = [...new Set([first, second])];
  return out.length ? out : [...original];
}

function scaleTasks(base: Fixtures, n: number): TaskInput[] {
  const aspects = base.plan.aspects.map((a) => a.id);
  const units = base.units.map((u) => u.id);
  return cycle(
    base.tasks,
    n,
    firstAsIs((src, k, i) => {
      const lead = pick(units, i, 3);
      const delta = Math.round(unit(i, 4) * 16) - 8;
      return {
        ...structuredClone(src),
        ...renamed(src, k),
        order: i + 1,
        aspectId: pick(aspects, i, 1),
        functions: functionsFor(i, src.functions),
        leadUnitId: lead,
        coUnitIds: [...new Set([pick(units, i, 5), pick(units, i, 6)])].filter((u) => u !== lead),
        progress: shiftProgress(src.progress, delta),
        milestones: renamedMilestones(src.milestones, k),
      };
    }),
  );
}

/** The source's value at each month end: the latest observation on or before it (within the year for increments). */
function monthlyFrom(src: IndicatorInput, scale: number): Observation[] {
  const obs = [...(src.observations ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = obs[0]?.value ?? 0;
  let j = -1;
  return SCALE_MONTHS.map((date) => {
    while (j + 1 < obs.length && obs[j + 1]!.date <= date) j += 1;
    const last = j >= 0 ? obs[j]! : null;
    let value: number;
    if (src.kind === 'increment') value = last && last.date.slice(0, 4) === date.slice(0, 4) ? last.value : 0;
    else value = last ? last.value : first;
    if (src.kind === 'milestone') return { date, value: value >= 1 ? 1 : 0 };
    value = Math.round(value * scale * 100) / 100;
    if (src.kind === 'percentage') value = Math.min(100, value);
    return { date, value };
  });
}

function scaleIndicators(
  base: Fixtures,
  n: number,
  taskIds: ReadonlySet<string>,
  itemIds: ReadonlySet<string>,
): IndicatorInput[] {
  return cycle(base.indicators, n, (src, k, i) => {
    const scale = k === 0 ? 1 : 0.85 + unit(i, 21) * 0.3;
    const ref = (id: string | undefined, ids: ReadonlySet<string>) =>
      id === undefined ? undefined : ids.has(suffixId(id, k)) ? suffixId(id, k) : id;
    const row: IndicatorInput = {
      ...structuredClone(src),
      ...renamed(src, k),
      functions: k === 0 ? [...src.functions] : functionsFor(i, src.functions),
      observations: monthlyFrom(src, scale),
    };
    const taskId = ref(src.taskId, taskIds);
    const workItemId = ref(src.workItemId, itemIds);
    if (taskId === undefined) delete row.taskId;
    else row.taskId = taskId;
    if (workItemId === undefined) delete row.workItemId;
    else row.workItemId = workItemId;
    return row;
  });
}

function scaleWorkItems(base: Fixtures, n: number, indicatorIds: ReadonlySet<string>): WorkItemInput[] {
  const units = base.units.map((u) => u.id);
  return cycle(
    base.workItems,
    n,
    firstAsIs((src, k, i) => ({
      ...structuredClone(src),
      ...renamed(src, k),
      order: src.order + k * 1000,
      leadUnitId: pick(units, i, 31),
      indicatorIds: (src.indicatorIds ?? []).map((id) =>
        indicatorIds.has(suffixId(id, k)) ? suffixId(id, k) : id,
      ),
      progress: shiftProgress(src.progress, Math.round(unit(i, 32) * 16) - 8),
      milestones: renamedMilestones(src.milestones, k),
    })),
  );
}

function scaleProjects(base: Fixtures, n: number): ProjectInput[] {
  const units = base.units.map((u) => u.id);
  return cycle(
    base.projects,
    n,
    firstAsIs((src, k, i) => {
      const loc = src.location ?? null;
      return {
        ...structuredClone(src),
        ...renamed(src, k),
        leadUnitId: pick(units, i, 41),
        location: loc
          ? {
              lng: Math.round((loc.lng + (unit(i, 42) - 0.5) * 0.04) * 1e5) / 1e5,
              lat: Math.round((loc.lat + (unit(i, 43) - 0.5) * 0.04) * 1e5) / 1e5,
            }
          : null,
      };
    }),
  );
}

const cache = new Map<string, Fixtures>();

/** The plan's data at scale; memoised by counts, since every runtime asks for it once per scenario. */
export function scaledFixtures(opts: ScaleOptions = {}, base: Fixtures = planFixtures): Fixtures {
  const c = scaleCounts(opts, base);
  const key = base === planFixtures ? JSON.stringify(c) : null;
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const taskIds = new Set(
    Array.from({ length: c.tasks }, (_, i) =>
      suffixId(base.tasks[i % base.tasks.length]!.id, Math.floor(i / base.tasks.length)),
    ),
  );
  const itemIds = new Set(
    Array.from({ length: c.workItems }, (_, i) =>
      suffixId(base.workItems[i % base.workItems.length]!.id, Math.floor(i / base.workItems.length)),
    ),
  );
  const indicatorIds = new Set(
    Array.from({ length: c.indicators }, (_, i) =>
      suffixId(base.indicators[i % base.indicators.length]!.id, Math.floor(i / base.indicators.length)),
    ),
  );
  const data: Fixtures = {
    plan: base.plan,
    units: base.units,
    tasks: scaleTasks(base, c.tasks),
    indicators: scaleIndicators(base, c.indicators, taskIds, itemIds),
    workItems: scaleWorkItems(base, c.workItems, indicatorIds),
    projects: scaleProjects(base, c.projects),
  };
  if (key) {
    cache.clear(); // one scale at a time is all any runtime uses; do not hold several in memory
    cache.set(key, data);
  }
  return data;
}

export interface ScaleScenarioOptions extends ScaleOptions {
  /** Only this resource is scaled; the others answer normally. */
  resource?: ResourceName;
  baseUrl?: string;
  /** Shorthand for `factor`, as the CLI and URL spell it (`--scale=100`, `?mockScale=100`). */
  scale?: number;
}

/** Scenario `scale`: every resource (or one) answers the scaled data, as-of filtering included. */
export function scale(opts: ScaleScenarioOptions = {}): RequestHandler[] {
  const data = scaledFixtures({ ...opts, factor: opts.factor ?? opts.scale });
  const resources: ResourceName[] = opts.resource
    ? [opts.resource]
    : ['plan', 'units', 'tasks', 'indicators', 'workItems', 'projects'];
  return resources.map((resource) =>
    http.get(resourceUrl(resource, opts.baseUrl ?? DEFAULT_BASE_URL), ({ request }) =>
      answerAsOf(request, (asOf) =>
        (selectAsOf[resource] as (rows: unknown, asOf: string) => unknown)(data[resource], asOf),
      ),
    ),
  );
}

/** Reads scale options from strings (URL parameters, CLI flags, env): absent or empty means "not given". */
export function parseScaleOptions(raw: {
  scale?: unknown;
  tasks?: unknown;
  indicators?: unknown;
}): Pick<ScaleScenarioOptions, 'scale' | 'tasks' | 'indicators'> | string {
  const out: Pick<ScaleScenarioOptions, 'scale' | 'tasks' | 'indicators'> = {};
  for (const key of ['scale', 'tasks', 'indicators'] as const) {
    const v = raw[key];
    if (v === undefined || v === null || v === '') continue;
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    const ok = key === 'scale' ? n > 0 && n <= 10_000 : Number.isInteger(n) && n >= 0 && n <= MAX_SCALE_ROWS;
    if (!ok)
      return `${key} must be ${key === 'scale' ? 'a positive number up to 10000' : `a whole number from 0 to ${MAX_SCALE_ROWS}`}, got ${JSON.stringify(v)}`;
    out[key] = n;
  }
  return out;
}
