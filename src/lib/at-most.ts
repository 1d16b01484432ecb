/**
 * Settles as `promise` does, or resolves after `ms` if it has not by then: a wait bounded in time, for
 * start-up steps that must not hold the page up. Imports nothing, so the modules that run before the app's
 * code is evaluated can use it.
 */
export const atMost = (promise: Promise<unknown>, ms: number): Promise<unknown> =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);
