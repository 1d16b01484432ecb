import { bodyTransfer } from './api-client';
import { ApiError } from './errors';
import type { ParseTask } from './parse-tasks';
import { WorkerRunner } from './worker-runner';

/** The same work on this thread, its code loaded on first use: Node (tests, the CLI) and browsers without workers. */
const inProcess = async (task: ParseTask): Promise<unknown> =>
  (await import('./parse-tasks')).runParseTask(task);

declare global {
  interface Window {
    /** Set by public/boot.js: the parse worker, started before the app's scripts ran. */
    __zerobayParseWorker?: { worker: Worker; failed: boolean };
  }
}

/** The worker public/boot.js started (taken once), unless it already failed to load. */
function earlyWorker(): Worker | null {
  const early = window.__zerobayParseWorker;
  window.__zerobayParseWorker = undefined;
  if (!early) return null;
  if (!early.failed) return early.worker;
  early.worker.terminate();
  return null;
}

function create(): Worker {
  if (typeof window === 'undefined' || typeof Worker === 'undefined') throw new Error('no workers here');
  return (
    earlyWorker() ??
    new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'zerobay-parse' })
  );
}

/**
 * A worker that cannot start or crashes hands its work to the main thread, once and for good; an answer
 * whose bytes it had already taken is gone with it and fails with a message (the query retries it).
 */
const runner = new WorkerRunner<ParseTask>({
  create,
  inProcess,
  afterFailure: 'inProcess',
  failure: (task, why) => {
    const reason =
      why.kind === 'crashed'
        ? `the parse worker stopped (${why.message}) while checking this answer`
        : why.kind === 'timeout'
          ? `no result within ${why.ms} ms from the parse worker`
          : 'the parse worker was stopped while checking this answer';
    return task.kind === 'canonical'
      ? new ApiError({ kind: 'parse', resource: task.resource, url: task.shownUrl, reason })
      : new Error(reason);
  },
});

/** Starts the worker (its script downloads and its schemas are built) before the first task needs it. */
export function warmParseWorker(): void {
  runner.warm();
}

/** Runs a parse task in the worker when there is one, else in-process; the result or the task's own error. */
export function parseOffMainThread<T>(task: ParseTask): Promise<T> {
  return runner.run<T>(task, { transfer: task.kind === 'canonical' ? bodyTransfer(task.response) : [] });
}
