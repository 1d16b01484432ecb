import type { Indicator, Target } from '../../domain/schemas';
import { DASH, formatNumber, type Lang } from '../../lib/format';

export interface MilestoneWords {
  done: string;
  notYet: string;
  target: string;
}

const unitIn = (ind: Pick<Indicator, 'unit' | 'unitEn'>, lang: Lang): string =>
  lang === 'en' ? (ind.unitEn ?? ind.unit) : ind.unit;

/**
 * A value with its unit, 万/亿 in Chinese: "2951家", "45.6万㎡", "5.6%"; "2,951 firms" in English.
 * A milestone's 0/1 reads as words, since "1" means nothing to a reader.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  ind: Pick<Indicator, 'unit' | 'unitEn' | 'kind'>,
  lang: Lang,
  words: MilestoneWords,
  role: 'actual' | 'target' = 'actual',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (ind.kind === 'milestone') {
    if (role === 'target') return words.target;
    return value >= 1 ? words.done : words.notYet;
  }
  const n = formatNumber(value, lang, Math.abs(value) < 10 ? 2 : 1);
  const unit = unitIn(ind, lang);
  if (!unit) return n;
  if (unit === '%' || lang === 'zh') return `${n}${unit}`;
  return `${n} ${unit}`;
}

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
  return `${t.period.start} – ${t.period.end}`;
}

/** "新增科技小巨人企业（家）" / "R&D intensity (%)": a label that carries its unit, for CSV headers and cells. */
export function withUnit(label: string, unit: string, lang: Lang): string {
  if (!unit) return label;
  return lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
}
