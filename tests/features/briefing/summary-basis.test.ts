import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/features/briefing/build-summary';
import { mockAssessedAt as assessedAt } from '../../support/mock-assessment';

const behindAt = (asOf: string, lang: 'zh' | 'en') => {
  const { data, assessment } = assessedAt(asOf);
  const ps = buildSummary({ assessment, data, before: null, diff: null, lang });
  return ps.find((p) => p.key === 'behind')!.text;
};

// T09 at 2025-12-31: 55% against 71% of its time, 滞后 by the rule, set to 关注 by its unit with a reason.
describe('the briefing says why a status was set by hand', () => {
  it('gives the reason and the rule’s status (zh)', () => {
    const text = behindAt('2025-12-31', 'zh');
    expect(text).toMatch(/任务9“[^”]+”（人工设定（[^）]+），按规则为滞后）/);
  });

  it('and in English', () => {
    expect(behindAt('2025-12-31', 'en')).toMatch(/task 9 \(set by hand: [^;]+; by the rule lagging\)/);
  });
});
