/** The first retry comes quickly (a web server still starting), later ones spread out to a minute. */
export function configRetryDelayMs(failedAttempts: number): number {
  return Math.min(60_000, 2000 * 2 ** Math.max(0, failedAttempts - 1));
}

/** A wait that a "retry now" button can cut short. */
export function interruptibleWait(ms: number): { done: Promise<void>; now: () => void } {
  let now = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    now = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, now };
}
