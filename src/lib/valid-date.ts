const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written YYYY-MM-DD, or null. Its own module, free of React, so the parse worker can read
 * a page's `?asOf=` the way the app does (src/data/early-requests.ts).
 */
export const validDate = (s: string | null | undefined): string | null => {
  if (!s || !ISO.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
};
