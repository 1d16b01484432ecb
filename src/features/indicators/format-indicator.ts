import type { Indicator } from '../../domain/schemas';
import { DASH, type Lang } from '../../lib/format';
import { formatQuantity } from '../../lib/quantity';

export interface MilestoneWords {
  done: string;
  notYet: string;
  target: string;
}

/**
 * A value with its unit, 万/亿 in Chinese: "2951家", "45.6万㎡", "5.6%"; "2,951 firms", "456,000 m²" in English.
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
  return formatQuantity(value, ind, lang, Math.abs(value) < 10 ? 2 : 1);
}

export { targetPeriodLabel } from '../../lib/target-period';

/** "新增科技小巨人企业（家）" / "R&D intensity (%)": a label that carries its unit, for CSV headers and cells. */
export function withUnit(label: string, unit: string, lang: Lang): string {
  if (!unit) return label;
  return lang === 'zh' ? `${label}（${unit}）` : `${label} (${unit})`;
}
