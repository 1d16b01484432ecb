import { describe, expect, it } from 'vitest';
import { diffAssessments } from '../../../src/domain/metrics';
import { buildSummary } from '../../../src/features/briefing/build-summary';
import { mockAssessedAt as assessedAt } from '../../support/mock-assessment';

const summaryAt = (asOf: string, compare: string | null, lang: 'zh' | 'en') => {
  const { data, assessment } = assessedAt(asOf);
  const before = compare ? assessedAt(compare).assessment : null;
  const paragraphs = buildSummary({
    assessment,
    data,
    before,
    diff: before ? diffAssessments(before, assessment) : null,
    lang,
  });
  return Object.fromEntries(paragraphs.map((p) => [p.key, p.text])) as Record<
    'tasks' | 'functions' | 'behind' | 'indicators',
    string
  > & { changes?: string };
};

/*
 * Hand-checked against mock/fixtures at 2021-06-30 (day 181 of 2021, so 时间进度 of the year = 181/365 = 49.6%):
 * - T06 (2021-01-01..2022-12-31): 181/730 = 24.8% of its time, 10% reported → 15 points behind → 滞后.
 * - 小巨人: Q2 year-to-date 0 + 12 = 12 of 40 = 30%; 12 ÷ 0.496 = 24.2 → 24 by year end.
 * - 上市: one listing in March → 1 of 6 = 17%; 1 ÷ 0.496 = 2.0 → 2.
 * - 高企: June 1,915 of 2,100 = 91%; stock from January's 1,862: 1,862 + 53 ÷ 0.496 = 1,968.9 → 1,969.
 * - 载体 in use: 10.8 of 15 万㎡ = 72%.
 */
describe('the written summary (zh)', () => {
  const s = summaryAt('2021-06-30', '2021-03-31', 'zh');

  it('opens with the task counts and time against work', () => {
    expect(s.tasks).toBe(
      '截至2021年6月30日，15项任务中1项未开始、11项正常推进、2项需关注、1项滞后；时间进度9%，任务总体完成9%，与时间进度持平。',
    );
  });

  it('names the lagging task with its lead unit and figures, then the ones on watch', () => {
    expect(s.behind).toContain(
      '滞后或逾期的任务1项：任务6“探索政府公共服务创新”（牵头单位闵行区，滞后，进度10%，时间进度25%）',
    );
    expect(s.behind).toContain('另有2项需关注：任务1“建设以交大为主体的成果策源地”、任务10');
  });

  it('gives each 2021 target with attainment and the projection to year end', () => {
    expect(s.indicators).toContain(
      '新增科技小巨人企业12家，完成2021年目标（40家）的30%，按当前进度预计至2021年12月31日达24家',
    );
    expect(s.indicators).toContain(
      '新增上市企业1家，完成2021年目标（6家）的17%，按当前进度预计至2021年12月31日达2家',
    );
    expect(s.indicators).toContain(
      '高新技术企业1915家，完成2021年目标（2100家）的91%，按当前进度预计至2021年12月31日达1969家',
    );
    expect(s.indicators).toContain(
      '投入使用面积10.8万㎡，完成2021年目标（15万㎡）的72%，按当前进度预计至2021年12月31日达13.4万㎡',
    );
    expect(s.indicators.startsWith('12项指标中3项进度正常、7项需关注、2项进度落后。')).toBe(true);
  });

  it('says what changed since the compared date', () => {
    expect(s.changes).toContain('与2021年3月31日相比，任务总体完成由4%升至9%（+5个百分点）');
    expect(s.changes).toContain('任务6“探索政府公共服务创新”由需关注转为滞后');
  });

  it('three functions, each with its time progress', () => {
    expect(s.functions).toMatch(/^三大核心功能中，创新策源核心完成\d+%（时间进度\d+%），技术转化引领完成/);
  });
});

describe('the written summary at the end of the data (2025-12-31)', () => {
  const s = summaryAt('2025-12-31', null, 'zh');

  it('counts every status, worst listed first among the behind', () => {
    expect(s.tasks).toBe(
      '截至2025年12月31日，15项任务中4项已完成、6项正常推进、3项需关注、1项滞后、1项逾期；时间进度82%，任务总体完成81%，落后时间进度1个百分点。',
    );
    expect(s.behind.indexOf('任务10')).toBeLessThan(s.behind.indexOf('任务12'));
    expect(s.behind).toContain('逾期，进度88%，时间进度100%');
  });

  it('does not project past a finished year', () => {
    expect(s.indicators).toContain('新增科技小巨人企业44家，完成2025年目标（48家）的92%；');
    expect(s.indicators).not.toContain('预计');
  });

  it('leaves the changes out when there is nothing to compare with', () => {
    expect(s.changes).toBeUndefined();
  });
});

describe('the written summary in English', () => {
  const s = summaryAt('2021-06-30', '2021-03-31', 'en');

  it('uses the same numbers', () => {
    expect(s.tasks).toBe(
      'As of 30 Jun 2021, of 15 tasks: 1 not started, 11 on track, 2 on watch and 1 lagging. 9% of the time has elapsed and the tasks are 9% complete overall, level with time.',
    );
    expect(s.indicators).toContain(
      '12 firms, 30% of the 2021 target of 40 firms; at the current pace 24 firms by 31 Dec 2021',
    );
    expect(s.changes).toContain('overall completion went from 4% to 9% (+5 points)');
  });

  it('has no Chinese punctuation or status words', () => {
    for (const text of Object.values(s)) expect(text).not.toMatch(/[，。；：、]|滞后|正常推进/);
  });
});

describe('every number is computed', () => {
  it('moves when the data moves: a different date gives different figures', () => {
    const a = summaryAt('2021-06-30', null, 'zh');
    const b = summaryAt('2021-09-30', null, 'zh');
    expect(a.indicators).not.toBe(b.indicators);
    expect(b.tasks).toMatch(/^截至2021年9月30日，15项任务中/);
  });
});
