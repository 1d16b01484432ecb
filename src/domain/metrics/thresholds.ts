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
