import { describe, expect, it } from 'vitest';
import { gapBand, gapPointsShown } from '../../src/domain/metrics';

describe('gapBand: the watch band the same in every view', () => {
  it('reads a gap inside the watch band as watch, not behind', () => {
    expect(gapBand(-0.01)).toBe('watch'); // "差距 −1 个百分点" is not red
    expect(gapBand(-0.1)).toBe('watch'); // exactly 10 points behind is still watch
    expect(gapBand(0.7 - 0.8)).toBe('watch'); // floating point: −0.10000000000000009
  });

  it('is behind beyond lagGap and ahead at or above zero', () => {
    expect(gapBand(-0.11)).toBe('behind');
    expect(gapBand(0)).toBe('ahead');
    expect(gapBand(0.05)).toBe('ahead');
  });

  it('follows the configured lagGap', () => {
    expect(gapBand(-0.06, { lagGap: 0.05, watchWindowDays: 30 })).toBe('behind');
  });
});

describe('gapPointsShown', () => {
  it('is the difference of the two rounded percentages the reader sees', () => {
    // 48.6% and 49.4% both show as 49%: the gap shown is 0 (持平), not the raw −0.8 rounded to −1.
    expect(gapPointsShown(0.486, 0.494)).toBe(0);
    expect(gapPointsShown(0.4849, 0.4951)).toBe(-2); // 48% and 50%
  });
});
