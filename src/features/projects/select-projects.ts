import type { FunctionCode } from '../../domain/codes';
import type { IsoDate, Project, ProjectKind, ProjectStatus, Unit } from '../../domain/schemas';
import { formatNumber, type Lang } from '../../lib/format';
import { historyAt, PROJECT_STATUSES } from './project-status';

export interface ProjectRow {
  project: Project;
  status: ProjectStatus | null;
  /** When the current stage began: the first of the latest run of entries with this status. */
  since: IsoDate | null;
  /** The latest entry's note, e.g. 主体结构封顶. */
  note: string | null;
  /** Its English twin, where the source gives one. */
  noteEn: string | null;
  lead: Unit | undefined;
  located: boolean;
}

export interface ProjectFilters {
  statuses: readonly ProjectStatus[];
  kinds: readonly ProjectKind[];
  fns: readonly FunctionCode[];
}

export const PROJECT_KINDS: readonly ProjectKind[] = ['project', 'site', 'park', 'platform', 'market'];

export function buildProjectRows(
  projects: readonly Project[],
  units: readonly Unit[],
  asOf: IsoDate,
): ProjectRow[] {
  const unitById = new Map(units.map((u) => [u.id, u]));
  return projects.map((project) => {
    const known = historyAt(project, asOf);
    const latest = known.at(-1) ?? null;
    let start = known.length - 1;
    while (start > 0 && known[start - 1]!.status === latest?.status) start -= 1;
    // A note-less entry that repeats the stage is a checkpoint; the last note said still says what happened.
    const noted = [...known].reverse().find((e) => e.note);
    const note = noted?.note ?? null;
    const noteEn = noted?.noteEn ?? null;
    return {
      project,
      status: latest?.status ?? null,
      since: latest ? known[start]!.date : null,
      note,
      noteEn,
      lead: project.leadUnitId ? unitById.get(project.leadUnitId) : undefined,
      located: project.location !== null,
    };
  });
}

/** Within a group any chosen value matches (OR); across groups all must match (AND). */
export function filterProjects(rows: readonly ProjectRow[], f: ProjectFilters): ProjectRow[] {
  return rows.filter(
    (r) =>
      (f.statuses.length === 0 || (r.status !== null && f.statuses.includes(r.status))) &&
      (f.kinds.length === 0 || f.kinds.includes(r.project.kind)) &&
      (f.fns.length === 0 || r.project.functions.some((fn) => f.fns.includes(fn))),
  );
}

export function countBy<K extends string>(
  rows: readonly ProjectRow[],
  keys: readonly K[],
  get: (r: ProjectRow) => readonly K[],
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) for (const k of get(r)) if (k in out) out[k] += 1;
  return out;
}

export const statusCounts = (rows: readonly ProjectRow[]) =>
  countBy(rows, PROJECT_STATUSES, (r) => (r.status ? [r.status] : []));

/** Well-known long forms in project names, shortened the way people say them. */
const ZH_SHORT: ReadonlyArray<readonly [string, string]> = [
  ['国家大学科技园', '科技园'],
  ['上海交通大学', '交大'],
  ['华东师范大学', '华东师大'],
  ['华东理工大学', '华东理工'],
  ['上海理工大学', '上海理工'],
  ['开放式科创街区', '科创街区'],
  ['上海国际技术交易市场', '国际技术交易市场'],
];

const EN_SHORT: ReadonlyArray<readonly [RegExp, string]> = [
  [/ National University Science Park/i, ' Science Park'],
  [/artificial intelligence/i, 'AI'],
  [/Yangtze River Delta/i, 'YRD'],
];

/** A map label short enough not to crowd its neighbours; the tooltip and the card carry the full name. */
/** A project's size; 万㎡ is spelt out in square metres for English readers. */
export function areaText(area: { value: number; unit: string } | undefined, lang: Lang): string {
  if (!area) return '—';
  if (lang === 'en' && area.unit === '万㎡') return `${formatNumber(area.value * 1e4, 'en')} m²`;
  return `${formatNumber(area.value, lang)}${lang === 'en' ? ' ' : ''}${area.unit}`;
}

export function shortLabel(
  project: Pick<Project, 'name' | 'nameEn'>,
  lang: Lang,
  max = lang === 'en' ? 26 : 11,
): string {
  if (lang === 'en' && project.nameEn) {
    let s = project.nameEn;
    for (const [long, short] of EN_SHORT) s = s.replace(long, short);
    if (s.length <= max) return s;
    const cut = s.slice(0, max - 1);
    // Cut at the last whole word: the one the cut ends on counts when a space follows it.
    const space = s[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
  }
  let s = project.name;
  for (const [long, short] of ZH_SHORT) s = s.replace(long, short);
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}
