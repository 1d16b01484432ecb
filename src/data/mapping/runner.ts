import { ApiError } from '../errors';
import { WorkerRunner } from '../worker-runner';
import type { MapJob, MappedResult } from './map-resource';

/** Runs mapping jobs: in a Web Worker in the browser, in-process in Node (tests, the CLI). */
export interface MappingRunner {
  run(job: MapJob): Promise<MappedResult>;
}

/** The same code in the same thread; jsonata is loaded on first use so the first screen does not carry it. */
export const inProcessRunner: MappingRunner = {
  run: async (job) => (await import('./map-resource')).mapAndValidate(job),
};

/** Time a worker gets beyond the mapping's own timeout before it is killed (JSONata checks its clock only between steps). */
export const WATCHDOG_GRACE_MS = 3000;

const mappingFailure = (job: MapJob, reason: string) =>
  new ApiError({ kind: 'mapping', resource: job.resource, url: job.responses[0]?.shownUrl ?? '', reason });

/**
 * One long-lived worker. A job that outlives its timeout plus a grace period gets the worker terminated
 * (the only way to stop a runaway regular expression); the other jobs are resent to a new one. The
 * bodies are copied to the worker, not moved, so that they can be resent.
 */
export function workerMappingRunner(
  create: () => Worker,
  graceMs: number = WATCHDOG_GRACE_MS,
): MappingRunner & { dispose(): void } {
  const runner = new WorkerRunner<MapJob>({
    create,
    inProcess: (job) => inProcessRunner.run(job),
    afterFailure: 'restart',
    failure: (job, why) =>
      mappingFailure(
        job,
        why.kind === 'timeout'
          ? `mapping failed: no result within ${why.ms} ms; the mapping was stopped`
          : why.kind === 'crashed'
            ? `the mapping worker failed: ${why.message}`
            : 'the mapping worker was stopped for another mapping',
      ),
  });
  return {
    run: (job) => runner.run<MappedResult>(job, { timeoutMs: job.mapping.timeoutMs + graceMs }),
    dispose: () => runner.dispose(),
  };
}

let shared: MappingRunner | null = null;

/** The runner the app uses: a worker where the platform has one, else in-process. */
export function defaultRunner(): MappingRunner {
  if (shared) return shared;
  shared =
    typeof window !== 'undefined' && typeof Worker !== 'undefined'
      ? workerMappingRunner(
          () =>
            new Worker(new URL('./mapping.worker.ts', import.meta.url), {
              type: 'module',
              name: 'zerobay-mapping',
            }),
        )
      : inProcessRunner;
  return shared;
}
