import { describe, expect, it } from 'vitest';
import { isoDateSchema, isRealDate } from '../../src/domain/schemas';
import { propertyRuns } from '../support/property-runs';

const viaDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isRealDate', () => {
  // Years 0000..2400 in CI; a tenth of them by default, which still holds leap years, a century that is not
  // one (0100) and one that is (0000).
  const last = propertyRuns(2401) - 1;
  it(`agrees with a round trip through Date for every day-like string of years 0000..${last} and 9999`, () => {
    const years = [...Array.from({ length: last + 1 }, (_, y) => y), 9999];
    let differ = 0;
    for (const y of years)
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (isRealDate(s) !== viaDate(s)) differ += 1;
        }
    expect(differ).toBe(0);
  });

  it('is what the schema uses', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2100-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2021-13-45').success).toBe(false);
  });
});
