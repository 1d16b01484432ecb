import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  filterIndicators,
  parseFunctionCode,
  rollupByFunction,
  statusKey,
} from '../../../src/features/indicators/select-indicators';
import { assessAt } from '../../support/fixture-plan';

const latest = assessAt('2025-12-31');
const early = assessAt('2021-06-30');

describe('parseFunctionCode', () => {
  it('accepts C, T, O only', () => {
    expect(parseFunctionCode('T')).toBe('T');
    expect(parseFunctionCode('t')).toBeNull();
    expect(parseFunctionCode('X')).toBeNull();
    expect(parseFunctionCode(null)).toBeNull();
  });
});

describe('filterIndicators', () => {
  it('keeps everything without filters, in ledger order', () => {
    expect(filterIndicators(latest.indicators, { fn: null, statuses: [] })).toEqual(latest.indicators);
  });
  it('keeps the indicators serving a function (T: 9 of the 12 fixtures)', () => {
    const t = filterIndicators(latest.indicators, { fn: 'T', statuses: [] });
    expect(t.every((x) => x.indicator.functions.includes('T'))).toBe(true);
    expect(t.map((x) => x.indicator.id)).toEqual([
      'IND-GIANT',
      'IND-IPO',
      'IND-HNTE',
      'IND-JCL-BUILT',
      'IND-JCL-INUSE',
      'IND-MAQIAO',
      'IND-TECH-CONTRACT',
      'IND-INCUBATING',
      'IND-VC-FUND',
    ]);
  });
  it('keeps the chosen statuses, and combines with the function', () => {
    const done = filterIndicators(latest.indicators, { fn: null, statuses: ['done'] });
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((x) => x.a.status === 'done')).toBe(true);
    const both = filterIndicators(latest.indicators, { fn: 'O', statuses: ['done', 'lagging'] });
    expect(
      both.every((x) => x.indicator.functions.includes('O') && ['done', 'lagging'].includes(statusKey(x))),
    ).toBe(true);
  });
  it('filters on "no data" for indicators with no figure yet', () => {
    const noData = { ...latest.indicators[0]!, a: { ...latest.indicators[0]!.a, status: null } };
    expect(filterIndicators([noData, latest.indicators[1]!], { fn: null, statuses: ['noData'] })).toEqual([
      noData,
    ]);
  });
});

describe('countByStatus', () => {
  it('counts each status and adds up to the list', () => {
    const c = countByStatus(early.indicators);
    expect(Object.values(c).reduce((a, b) => a + b, 0)).toBe(early.indicators.length);
    expect(c.done).toBe(early.indicatorsOverall!.met);
  });
});

describe('rollupByFunction', () => {
  it('matches the plan assessment per function at the same date', () => {
    expect(rollupByFunction(latest.indicators)).toEqual(latest.indicatorsByFunction);
    expect(rollupByFunction(early.indicators)).toEqual(early.indicatorsByFunction);
  });
});
