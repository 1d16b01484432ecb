/// <reference lib="webworker" />
import { postedError } from './errors';

/**
 * The worker side of WorkerRunner (worker-runner.ts): each request answered once with its result or its
 * error as plain data. `handle` may be synchronous (the parse worker) or not (the mapping worker).
 */
export function serveRequests<Req>(handle: (request: Req) => unknown): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = (event: MessageEvent<{ id: number; request: Req }>) => {
    const { id, request } = event.data;
    const reply = (settled: { ok: true; result: unknown } | { ok: false; error: unknown }) =>
      scope.postMessage(
        settled.ok
          ? { id, ok: true, result: settled.result }
          : { id, ok: false, error: postedError(settled.error) },
      );
    try {
      const result = handle(request);
      if (result instanceof Promise)
        result.then(
          (r: unknown) => reply({ ok: true, result: r }),
          (e: unknown) => reply({ ok: false, error: e }),
        );
      else reply({ ok: true, result });
    } catch (e) {
      reply({ ok: false, error: e });
    }
  };
}
