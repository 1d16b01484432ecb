import { beijingToday } from './requests';

/** The day this site was built (vite.config.ts). */
export const BUILD_DATE: string = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : '2026-01-01';

const dayBefore = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A device whose clock says a day before this build was made has a wrong clock: a signage player whose
 * battery died comes back in 2020. Then "today" is not what the clock says, and every answer would look
 * "in the future"; the wall says so plainly instead of only failing.
 */
export function clockLooksWrong(now: number = Date.now()): boolean {
  return beijingToday(now) < dayBefore(BUILD_DATE);
}

/** Today in Beijing as far as can be told: the clock's date, or the build's when the clock is wrong. */
export function trustedToday(now: number = Date.now()): string {
  return clockLooksWrong(now) ? BUILD_DATE : beijingToday(now);
}
