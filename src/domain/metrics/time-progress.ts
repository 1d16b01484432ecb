import type { IsoDate } from '../schemas';
import { daysBetween } from './dates';

/**
 * 时间进度: the share of [start, end] elapsed at asOf, with asOf counted as elapsed through the end of
 * that day. Counting whole days this way makes the last day give exactly 1 and a one-day period work,
 * at the cost of mid-year reading 181/365 = 0.496 on 06-30 rather than a round 0.5 (see docs/metrics.md).
 */
export function timeProgress(start: IsoDate, end: IsoDate, asOf: IsoDate): number {
  const total = daysBetween(start, end) + 1;
  if (total <= 0) return asOf >= start ? 1 : 0;
  const elapsed = daysBetween(start, asOf) + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}
