export type Lang = 'zh' | 'en';

export const DASH = '—';

/** Whole percent: a leader reads 47%, not 46.83%. */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return DASH;
  return `${Math.round(fraction * 100)}%`;
}

/** Signed percentage points, for gaps and deltas: "+3", "−12". */
export function formatPoints(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return DASH;
  const p = Math.round(fraction * 100);
  return p > 0 ? `+${p}` : p < 0 ? `−${Math.abs(p)}` : '0';
}

const trim = (n: number, digits: number) => Number(n.toFixed(digits)).toString();

/** Chinese uses 万 and 亿 for large numbers; English uses thousands separators. */
export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(value / 1e8, 2)}亿`;
    if (abs >= 1e5) return `${trim(value / 1e4, maxDigits)}万`;
    return trim(value, maxDigits);
  }
  return value.toLocaleString('en-US', { maximumFractionDigits: maxDigits });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2021年6月30日 / 30 Jun 2021, from an ISO date, without time-zone shifts. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return DASH;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return lang === 'zh'
    ? `${y}年${Number(mo)}月${Number(d)}日`
    : `${Number(d)} ${MONTHS[Number(mo) - 1]} ${y}`;
}

export function formatMonth(iso: string, lang: Lang): string {
  const [y, mo] = iso.split('-');
  return lang === 'zh' ? `${y}年${Number(mo)}月` : `${MONTHS[Number(mo) - 1]} ${y}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function formatClock(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "3 分钟前" / "3 min ago", for the age of data on screen. */
export function formatAge(ms: number, now: number, lang: Lang): string {
  const zh = lang === 'zh';
  // Kept from before the device clock went back: its age cannot be told, and it is not "just now".
  if (ms - now > 60_000)
    return zh ? '时间不明（本机时钟早于数据时间）' : 'age unknown (device clock behind the data)';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return zh ? '刚刚' : 'just now';
  const m = Math.floor(s / 60);
  if (m < 60) return zh ? `${m} 分钟前` : `${m} min ago`;
  const h = Math.floor(m / 60);
  if (h < 48) return zh ? `${h} 小时前` : `${h} h ago`;
  const d = Math.floor(h / 24);
  return zh ? `${d} 天前` : `${d} days ago`;
}
