/**
 * How thorough the property and exhaustive tests are. CI runs them in full (.ci/run exports
 * PROPERTY_RUNS=10000); a developer's run does a tenth unless PROPERTY_RUNS says otherwise. PROPERTY_RUNS is
 * the count of the properties whose full count is 10,000; every other count scales with it. The seeds stay
 * fixed, so a smaller run checks a prefix of the same cases.
 */
const FULL = 10_000;
const DEFAULT_SHARE = 0.1;

const fromEnv = Number(process.env.PROPERTY_RUNS);
const share = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv / FULL : DEFAULT_SHARE;

/** The count to run of a check whose full count is `full`. */
export const propertyRuns = (full: number): number => Math.max(1, Math.round(full * share));
