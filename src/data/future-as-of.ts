import type { ResourceName } from '../domain/codes';
import { ApiError } from './errors';
import { trustedToday } from './clock';

/** How far ahead of today (in Beijing) `meta.asOf` may be: clocks and time zones differ by up to a day. */
export const FUTURE_AS_OF_TOLERANCE_DAYS = 1;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A response dated after today describes data nobody can have yet: a wrong clock, a typo'd year, a test
 * system. It would move every "expected by now" figure, so it is refused as a whole and the last good data
 * stays. One day of difference is allowed (a server ahead of Beijing, a clock a little fast).
 */
export function refuseFutureAsOf(
  resource: ResourceName,
  url: string,
  asOf: string,
  receivedAt: number,
): void {
  // A device clock set back (to 2020, after a power loss) would make every answer "future": judged
  // against the build's date instead, the data shows and the wall warns about the clock (clockLooksWrong).
  const today = trustedToday(receivedAt);
  if (asOf <= addDays(today, FUTURE_AS_OF_TOLERANCE_DAYS)) return;
  throw new ApiError({
    kind: 'shape',
    resource,
    url,
    reason: `meta.asOf ${asOf} is in the future (today is ${today} in Beijing, one day of clock difference allowed): response refused`,
  });
}
