import type { Target } from '../domain/schemas';
import { formatDate, type Lang } from './format';

const wholeYearsOf = (t: Target): [number, number] | null => {
  const { start, end } = t.period;
  if (!start.endsWith('-01-01') || !end.endsWith('-12-31')) return null;
  return [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
};

/**
 * "2021年" / "2021–2023年" in Chinese, "2021" / "2021–2023" in English. A period that is not whole years
 * keeps the source's label (Chinese) or shows its dates.
 */
export function targetPeriodLabel(t: Target, lang: Lang): string {
  const years = wholeYearsOf(t);
  if (years) {
    const [a, b] = years;
    const span = a === b ? String(a) : `${a}–${b}`;
    return lang === 'zh' ? `${span}年` : span;
  }
  if (lang === 'zh' && t.label) return t.label;
  return `${formatDate(t.period.start, lang)} – ${formatDate(t.period.end, lang)}`;
}
