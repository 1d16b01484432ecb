import { RESOURCES, type ResourceName } from '../domain/codes';
import { latestDataDate, snapshotAt, type PlanData } from '../domain/metrics';
import type { IsoDate } from '../domain/schemas';

/** The resources whose facts carry dates; the plan and the units need none. */
export const TIME_VARYING = ['tasks', 'indicators', 'workItems', 'projects'] as const;
export type TimeVaryingResource = (typeof TIME_VARYING)[number];

/** What one time-varying resource brought: its rows, and the as-of date the source itself gave (not one the app assumed). */
export interface DatedAnswer {
  resource: TimeVaryingResource;
  rows: PlanData[TimeVaryingResource] | null;
  claimedAsOf: IsoDate | null;
}

export type ReportDateSource =
  | { kind: 'requested' }
  /** The source said its data is as of this date (meta.asOf): a later requested date is capped to it. */
  | { kind: 'claimed'; resource: TimeVaryingResource }
  /** "Latest": the latest dated fact (progress, observation, milestone, completion, status change) found. */
  | { kind: 'latestData'; resource: TimeVaryingResource };

export interface ReportDate {
  date: IsoDate;
  from: ReportDateSource;
}

/**
 * The one date every figure describes. The requested `?asOf`, or for "latest" the latest date found in the
 * time-varying data; a source's own meta.asOf caps either (it knows nothing after it). Never today by
 * default: with no requested date and no dated fact it is null, and the views say the date is unknown.
 */
export function resolveReportDate(
  requested: IsoDate | null,
  answers: readonly DatedAnswer[],
): ReportDate | null {
  let cap: { date: IsoDate; resource: TimeVaryingResource } | null = null;
  let latest: { date: IsoDate; resource: TimeVaryingResource } | null = null;
  for (const a of answers) {
    if (a.claimedAsOf && (!cap || a.claimedAsOf > cap.date))
      cap = { date: a.claimedAsOf, resource: a.resource };
    const d = a.rows ? latestDataDate({ [a.resource]: a.rows }) : null;
    if (d && (!latest || d > latest.date)) latest = { date: d, resource: a.resource };
  }
  if (requested) {
    return cap && requested > cap.date
      ? { date: cap.date, from: { kind: 'claimed', resource: cap.resource } }
      : { date: requested, from: { kind: 'requested' } };
  }
  if (latest && !(cap && cap.date < latest.date)) {
    return { date: latest.date, from: { kind: 'latestData', resource: latest.resource } };
  }
  return cap ? { date: cap.date, from: { kind: 'claimed', resource: cap.resource } } : null;
}

/** In words, for check-source and the logs: "requested", "meta.asOf of tasks", "latest data in tasks". */
export function describeReportDate(r: ReportDate | null): string {
  if (!r) return 'unknown: no date requested and no dated fact in the data';
  const from =
    r.from.kind === 'requested'
      ? 'the requested date'
      : r.from.kind === 'claimed'
        ? `meta.asOf given by the source for ${r.from.resource}`
        : `the latest dated fact in ${r.from.resource}`;
  return `${r.date} (${from})`;
}

/** The data as it was known at the report date: a full-history answer is cut there, an as-of answer mostly kept. */
export function planAt(data: PlanData | null, report: ReportDate | null): PlanData | null {
  return data && report ? snapshotAt(data, report.date) : data;
}

/** Which of the six resources carry dates, for callers holding results keyed by resource name. */
export const isTimeVarying = (r: ResourceName): r is TimeVaryingResource =>
  (TIME_VARYING as readonly string[]).includes(r);

interface Answer {
  data: unknown;
  meta: { asOf: string } | null;
  /** Meta fields the mapping assumed (LoadedResource); an assumed meta.asOf is no claim of the source. */
  assumed?: readonly string[];
}

/** The time-varying answers at hand, as resolveReportDate reads them. */
export function datedAnswers(results: readonly { data?: unknown }[]): DatedAnswer[] {
  const out: DatedAnswer[] = [];
  RESOURCES.forEach((resource, i) => {
    const a = results[i]?.data as Answer | undefined;
    if (!a || !isTimeVarying(resource)) return;
    out.push({
      resource,
      rows: Array.isArray(a.data) ? (a.data as PlanData[typeof resource]) : null,
      claimedAsOf: a.meta && !(a.assumed ?? []).includes('asOf') ? a.meta.asOf : null,
    });
  });
  return out;
}
