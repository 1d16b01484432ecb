import fc from 'fast-check';

const DAY = 86_400_000;

/** Any calendar day from `first` to `last` (ISO dates, both included), as an ISO date. */
export function isoDaysBetween(first: string, last: string): fc.Arbitrary<string> {
  const from = Date.parse(`${first}T00:00:00Z`);
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - from) / DAY);
  return fc.integer({ min: 0, max: days }).map((n) => new Date(from + n * DAY).toISOString().slice(0, 10));
}
