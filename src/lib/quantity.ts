import { DASH, formatNumber, type Lang } from './format';

/**
 * An indicator's figure with its unit, as a reader of each language writes it. Chinese counts in 万 and 亿
 * ("58万㎡", "192.2亿元"); the data's English unit names those magnitudes word for word ("10k m²",
 * "100M CNY"), which no English reader writes. English scales the figure instead: "580,000 m²",
 * "CNY 19.22 billion", and a count of one is singular ("1 day", "2 days").
 */
export interface UnitOf {
  unit: string;
  unitEn?: string | undefined;
}

const MAGNITUDE: Record<string, number> = { '10k': 1e4, '100M': 1e8 };
const CURRENCY = /^[A-Z]{3}$/;

interface EnglishUnit {
  factor: number;
  unit: string;
}

/** "10k m²" → ×10,000 m²; "100M CNY" → ×100,000,000 CNY; anything else as it is. */
export function englishUnit(u: UnitOf): EnglishUnit {
  const raw = (u.unitEn ?? u.unit).trim();
  const m = /^(10k|100M)\s+(.+)$/.exec(raw);
  if (m) return { factor: MAGNITUDE[m[1]!]!, unit: m[2]! };
  return { factor: 1, unit: raw };
}

const trim = (n: number, digits: number) => Number(n.toFixed(digits)).toLocaleString('en-US');

/** "firms" → "firm" when the figure reads 1; irregular plurals are not guessed at. */
const singular = (unit: string): string =>
  /ies$/.test(unit) ? unit.replace(/ies$/, 'y') : /[^s]s$/.test(unit) ? unit.slice(0, -1) : unit;

/** 19.22 billion, 3.5 million, 580,000: large amounts in words, as an English report writes money. */
function englishAmount(value: number, digits: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9, 2)} billion`;
  if (abs >= 1e6) return `${trim(value / 1e6, 2)} million`;
  return trim(value, digits);
}

/** The figure alone, scaled for English ("580,000"); the unit is for `formatQuantity`. */
export function englishFigure(value: number, u: UnitOf, digits = 1): string {
  const { factor, unit } = englishUnit(u);
  const v = value * factor;
  if (CURRENCY.test(unit)) return englishAmount(v, digits);
  // Scaled from 万: the source's decimals are whole square metres now.
  return trim(v, factor > 1 ? 0 : digits);
}

/**
 * "58万㎡" / "580,000 m²"; "192.2亿元" / "CNY 19.22 billion"; "1 day" / "2 days"; "5.6%". Missing reads "—".
 */
export function formatQuantity(value: number | null | undefined, u: UnitOf, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (lang === 'zh') return `${formatNumber(value, lang, digits)}${u.unit}`;
  const { unit } = englishUnit(u);
  const n = englishFigure(value, u, digits);
  if (!unit) return n;
  if (unit === '%') return `${n}%`;
  if (CURRENCY.test(unit)) return `${unit} ${n}`;
  return `${n} ${n === '1' ? singular(unit) : unit}`;
}

/** "58 / 60万㎡" / "580,000 / 600,000 m²"; money keeps its unit on both sides: "CNY 19.22 billion / CNY 20 billion". */
export function formatQuantityPair(
  actual: number | null | undefined,
  target: number | null | undefined,
  u: UnitOf,
  lang: Lang,
  digits = 1,
): string {
  if (lang === 'zh')
    return `${formatNumber(actual, lang, digits)} / ${formatNumber(target, lang, digits)}${u.unit}`;
  const { unit } = englishUnit(u);
  if (CURRENCY.test(unit) || unit === '%')
    return `${formatQuantity(actual, u, lang, digits)} / ${formatQuantity(target, u, lang, digits)}`;
  const a = actual == null || !Number.isFinite(actual) ? DASH : englishFigure(actual, u, digits);
  return `${a} / ${formatQuantity(target, u, lang, digits)}`;
}

/** The unit as a column heading shows it: "万㎡" / "m²" (the figures under it are scaled to match). */
export const unitLabel = (u: UnitOf, lang: Lang): string => (lang === 'zh' ? u.unit : englishUnit(u).unit);

/** The figure alone, in the scale its unit is read in: "58" beside "万㎡", "580,000" beside "m²". */
export const figureIn = (value: number | null | undefined, u: UnitOf, lang: Lang, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? DASH
    : lang === 'zh'
      ? formatNumber(value, lang, digits)
      : englishFigure(value, u, digits);

/**
 * A figure for a CSV cell, in the unit `unitLabel` names: as the source sent it in Chinese, scaled in
 * English (58 万㎡ → 580000 m²), rounded to hundredths so a spreadsheet shows no float noise.
 */
export const csvFigure = (value: number | null | undefined, u: UnitOf, lang: Lang): number | null =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * (lang === 'zh' ? 1 : englishUnit(u).factor) * 100) / 100;
