/**
 * A pure function's last few results, shared by every caller. On one screen the header and the view each
 * hold a `usePlanData` of the same date: a per-component `useMemo` would derive the same report date and the
 * same cut of the data once per component, on the path from the answers' arrival to the first frame with
 * data. Arguments compare by identity, as React's memo dependencies do; the answers are never mutated. A
 * screen holds at most a few dates at once (the report date, the compare date, a programme's year end), far
 * fewer than `size`, so a caller may rely on it, as on a `useMemo`, for an object that stays the same.
 */
export function sharedMemo<A extends unknown[], R>(fn: (...args: A) => R, size = 8): (...args: A) => R {
  const recent: { args: A; result: R }[] = [];
  return (...args: A): R => {
    const at = recent.findIndex(
      (e) => e.args.length === args.length && e.args.every((a, i) => Object.is(a, args[i])),
    );
    // The most recently used first: the dates a screen holds stay while others come and go.
    if (at >= 0) {
      const [hit] = recent.splice(at, 1);
      recent.unshift(hit!);
      return hit!.result;
    }
    const result = fn(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}
