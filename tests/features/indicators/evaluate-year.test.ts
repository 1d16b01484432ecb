import { describe, expect, it } from 'vitest';
import { assessIndicator, DEFAULT_THRESHOLDS } from '../../../src/domain/metrics';
import {
  assessIndicatorsAt,
  evaluationDate,
  parseYear,
  targetYears,
} from '../../../src/features/indicators/evaluate-year';
import { assessAt, indicatorById, planData } from '../../support/fixture-plan';

describe('evaluationDate', () => {
  it('is the report date when no year is chosen', () => {
    expect(evaluationDate('2025-12-31', null)).toBe('2025-12-31');
  });
  it('is the year-end of an earlier year', () => {
    expect(evaluationDate('2025-12-31', 2021)).toBe('2021-12-31');
    expect(evaluationDate('2022-03-15', 2021)).toBe('2021-12-31');
  });
  it('stays at the report date while the chosen year runs, or for a later year', () => {
    expect(evaluationDate('2021-06-30', 2021)).toBe('2021-06-30');
    expect(evaluationDate('2021-06-30', 2023)).toBe('2021-06-30');
  });
});

describe('targetYears', () => {
  it('lists the years some target covers, up to the report year', () => {
    expect(targetYears(planData.indicators, '2025-12-31')).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(targetYears(planData.indicators, '2022-06-30')).toEqual([2021, 2022]);
  });
  it('expands multi-year periods into each of their years', () => {
    expect(targetYears([indicatorById('IND-MAQIAO')], '2025-12-31')).toEqual([2021, 2022]);
  });
  it('is empty without targets', () => {
    expect(targetYears([{ ...indicatorById('IND-IPO'), targets: [] }], '2025-12-31')).toEqual([]);
  });
});

describe('parseYear', () => {
  const years = [2021, 2022];
  it('keeps an offered year', () => expect(parseYear('2022', years)).toBe(2022));
  it('drops anything else', () => {
    expect(parseYear(null, years)).toBeNull();
    expect(parseYear('2030', years)).toBeNull();
    expect(parseYear('20x1', years)).toBeNull();
    expect(parseYear('2021-01', years)).toBeNull();
  });
});

describe('assessIndicatorsAt', () => {
  it('judges the 2021 target of 新增科技小巨人企业 (40) with the data as of 2021-12-31', () => {
    const [giant] = assessIndicatorsAt([indicatorById('IND-GIANT')], '2021-12-31', DEFAULT_THRESHOLDS);
    expect(giant?.a.target?.value).toBe(40);
    // Quarterly additions 0 + 12 + 15 + 16.
    expect(giant?.a.actual).toBe(43);
    expect(giant?.a.status).toBe('done');
  });
  it('gives exactly what the plan assessment gives at the same date', () => {
    const plan = assessAt('2025-12-31');
    const mine = assessIndicatorsAt(planData.indicators, '2025-12-31', DEFAULT_THRESHOLDS);
    expect(mine.map((x) => x.a)).toEqual(plan.indicators.map((x) => x.a));
  });
  it('never uses observations after the evaluation date', () => {
    const ind = indicatorById('IND-HNTE');
    const [x] = assessIndicatorsAt([ind], '2021-12-31', DEFAULT_THRESHOLDS);
    expect(x?.a.actualDate).toBe('2021-12-31');
    expect(x?.a).toEqual(assessIndicator(ind, '2021-12-31'));
  });
});
