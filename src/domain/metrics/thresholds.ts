/** The status-light settings a deployer may change (config.json → thresholds). */
export interface StatusThresholds {
  /** A gap (progress − time progress) below −lagGap is 滞后 lagging; as a fraction, 0.1 = 10 points. */
  lagGap: number;
  /** A milestone due within this many days puts an otherwise on-track item on 关注 watch. */
  watchWindowDays: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = { lagGap: 0.1, watchWindowDays: 30 };

/**
 * Tolerance for comparing ratios: 0.7 − 0.8 is −0.10000000000000009 in floating point, and a task exactly
 * 10 points behind must not turn lagging because of it.
 */
export const RATIO_EPSILON = 1e-9;

/** How a gap (progress − time progress) reads: the same bands as the status rules, in every view. */
export type GapBand = 'ahead' | 'watch' | 'behind';

/**
 * ahead: at or ahead of time; watch: behind by up to `lagGap` (the 关注 band, not red); behind: more
 * than `lagGap` behind (the 滞后 band). A gap inside the watch band is never drawn in the lagging colour.
 */
export function gapBand(gap: number, t: StatusThresholds = DEFAULT_THRESHOLDS): GapBand {
  if (gap >= -RATIO_EPSILON) return 'ahead';
  if (gap >= -t.lagGap - RATIO_EPSILON) return 'watch';
  return 'behind';
}

/**
 * The gap in whole points as the reader can check it: the difference of the two rounded percentages
 * shown beside it (48% and 49% → −1), so a sentence saying "持平" and a figure saying "−1" never meet.
 */
export const gapPointsShown = (progress: number, time: number): number =>
  Math.round(progress * 100) - Math.round(time * 100);
