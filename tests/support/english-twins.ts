/**
 * The foreign mocks carry no English (a ledger system rarely does): where the mapped row has no English twin,
 * the canonical row's twin is not compared. Everything else must match to the letter.
 */
export function withoutMissingTwins(want: unknown, got: unknown): unknown {
  if (Array.isArray(want) && Array.isArray(got)) return want.map((w, i) => withoutMissingTwins(w, got[i]));
  if (!want || !got || typeof want !== 'object' || typeof got !== 'object') return want;
  const g = got as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(want).map(([k, v]) => [
      k,
      k.endsWith('En') && g[k] == null && typeof v === 'string' ? g[k] : withoutMissingTwins(v, g[k]),
    ]),
  );
}
