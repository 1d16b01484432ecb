/**
 * A pure function's last few results, shared by every caller. On one screen the header and the view each
 * hold a `usePlanData` of the same date: a per-component `useMemo` would derive the same report date and the
 * same cut of the data once per component, on the path from the answers' arrival to the first frame with
 * data. Arguments compare by identity, as React's memo dependencies do; the answers are never mutated.
 */
export function sharedMemo<A extends unknown[], R>(fn: (...args: A) => R, size = 4): (...args: A) => R {
  const recent: { args: A; result: R }[] = [];
  return (...args: A): R => {
    const hit = recent.find(
      (e) => e.args.length === args.length && e.args.every((a, i) => Object.is(a, args[i])),
    );
    if (hit) return hit.result;
    const result = fn(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}
