/*
 * How foreign back ends write values, so the example mappings have something real to undo:
 * Chinese dates, slashes, zoned instants, "85%", shares 0.85, "2,100".
 */

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** 2021-06-30 → 2021年6月30日 */
export const cnDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
};

/** A month-end date as the ledger's reporting month (2021年6月); any other day in full. */
export const cnMonthOrDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return d === lastDay(y, m) ? `${y}年${m}月` : cnDate(iso);
};

/** 2021-06-30 → 2021/6/30 (a spreadsheet's default date format in a Chinese locale). */
export const slashDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${y}/${m}/${d}`;
};

/** 2021-06-30 → 20210630 */
export const compactDate = (iso: string) => iso.replaceAll('-', '');

/** 2021-06-30 → 2021-06-30T00:00:00+08:00 (midnight in Beijing). */
export const zonedMidnight = (iso: string) => `${iso}T00:00:00+08:00`;

/** 85 → "85%" */
export const percentText = (n: number) => `${n}%`;

/** 2100 → "2,100"; 27.5 → "27.5" */
export const groupedNumber = (n: number) =>
  n.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: true });

/** 85 (percent) → 0.85 */
export const share = (percent: number) => Math.round(percent * 1e6) / 1e8;

/** A value or the empty cell a spreadsheet or ledger leaves. */
export const orBlank = <T>(v: T | null | undefined, f: (x: T) => string = String): string =>
  v === null || v === undefined ? '' : f(v);

/** Parses the dates the foreign endpoints accept as their as-of parameter, back to YYYY-MM-DD (or null). */
export function isoFromForeign(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  const s = raw.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(s);
  if (!m) m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(s);
  if (!m) return s; // passed on: resolveAsOf rejects it with its own message
  const pad = (x: string) => x.padStart(2, '0');
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
}

export const STATUS_ZH = {
  done: '已完成',
  onTrack: '正常推进',
  watch: '关注',
  lagging: '滞后',
  overdue: '逾期',
  notStarted: '未开始',
  missed: '未完成',
} as const;
export const UNIT_KIND_ZH = {
  municipal: '市级部门',
  district: '区级部门',
  university: '高校',
  company: '企业',
  committee: '委员会',
  platform: '平台',
  other: '其他',
} as const;
export const INDICATOR_KIND_ZH = {
  increment: '年度新增',
  stock: '存量',
  cumulative: '累计',
  percentage: '比率',
  milestone: '里程碑',
} as const;
export const DIRECTION_ZH = { higher: '越高越好', lower: '越低越好' } as const;
export const PROJECT_KIND_ZH = {
  project: '项目',
  site: '地块',
  park: '园区',
  platform: '平台',
  market: '市场',
} as const;
export const PROJECT_STATUS_ZH = {
  planned: '规划中',
  underConstruction: '在建',
  operating: '运营中',
  completed: '已竣工',
  suspended: '暂停',
} as const;
export const WORK_KIND_ZH = { milestone: '节点', indicator: '指标' } as const;
