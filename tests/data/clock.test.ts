import { describe, expect, it } from 'vitest';
import { BUILD_DATE, clockLooksWrong, trustedToday } from '../../src/data/clock';
import { refuseFutureAsOf } from '../../src/data/future-as-of';
import { formatAge } from '../../src/lib/format';

const RESET = Date.UTC(2019, 0, 1, 4); // a signage player's clock after a power loss
const build = Date.parse(`${BUILD_DATE}T04:00:00Z`);

describe('a device clock reset to 2020', () => {
  it('is recognised as wrong: before the day this site was built', () => {
    expect(clockLooksWrong(RESET)).toBe(true);
    expect(clockLooksWrong(build)).toBe(false);
    expect(clockLooksWrong(build + 400 * 86_400_000)).toBe(false);
    expect(trustedToday(RESET)).toBe(BUILD_DATE);
  });

  it('does not make every answer "in the future"', () => {
    // Data dated the build's day is years ahead of the reset clock, yet not refused.
    expect(() => refuseFutureAsOf('tasks', '/api/v1/tasks', BUILD_DATE, RESET)).not.toThrow();
    // A truly future date is still refused.
    expect(() => refuseFutureAsOf('tasks', '/api/v1/tasks', '2205-12-31', RESET)).toThrow(/in the future/);
  });

  it('does not call data kept before the reset "just now"', () => {
    const keptAt = Date.UTC(2025, 0, 5, 4);
    expect(formatAge(keptAt, RESET, 'zh')).not.toBe('刚刚');
    expect(formatAge(keptAt, RESET, 'zh')).toMatch(/时钟/);
    expect(formatAge(keptAt, RESET, 'en')).toMatch(/clock/);
    expect(formatAge(RESET - 10_000, RESET, 'zh')).toBe('刚刚');
  });
});
