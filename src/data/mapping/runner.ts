import { ApiError, fromPostedError, type PostedError } from '../errors';
import type { MapJob, MappedResult } from './map-resource';

/** Runs mapping jobs: in a Web Worker in the browser, in-process in Node (tests, the CLI). */
export interface MappingRunner {
  run(job: MapJob): Promise<MappedResult>;
}

/** The same code in the same thread; jsonata is loaded on first use so the first screen does not carry it. */
export const inProcessRunner: MappingRunner = {
  run: async (job) => (await import('./map-resource')).mapAndValidate(job),
};

type WorkerReply =
  { id: number; ok: true; result: MappedResult } | { id: number; ok: false; error: PostedError };

interface Pending {
  job: MapJob;
  resolve: (r: MappedResult) => void;
  reject: (e: unknown) => void;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Time a worker gets beyond the mapping's own timeout before it is killed (JSONata checks its clock only between steps). */
export const WATCHDOG_GRACE_MS = 3000;

/**
 * One long-lived worker. A job that outlives its timeout plus a grace period gets the worker
 * terminated (the only way to stop a runaway regular expression); the other jobs are resent to a new one.
 */
export class WorkerRunner implements MappingRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly create: () => Worker,
    private readonly graceMs: number = WATCHDOG_GRACE_MS,
  ) {}

  run(job: MapJob): Promise<MappedResult> {
    return new Promise<MappedResult>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { job, resolve, reject, timer: null });
      this.send(id);
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.create();
    w.onmessage = (e: MessageEvent<WorkerReply>) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.restart((p, id) => {
        this.pending.delete(id);
        p.reject(new Error(`the mapping worker failed: ${e.message || 'unknown error'}`));
      });
    };
    this.worker = w;
    return w;
  }

  private send(id: number) {
    const p = this.pending.get(id);
    if (!p) return;
    let worker: Worker;
    try {
      worker = this.ensure();
    } catch {
      // A platform that refuses workers (a strict policy, an old kiosk browser) maps on the main thread.
      this.pending.delete(id);
      inProcessRunner.run(p.job).then(p.resolve, p.reject);
      return;
    }
    const limit = p.job.mapping.timeoutMs + this.graceMs;
    p.timer = setTimeout(() => this.kill(id, limit), limit);
    worker.postMessage({ id, job: p.job });
  }

  private receive(reply: WorkerReply) {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (p.timer) clearTimeout(p.timer);
    if (reply.ok) {
      p.resolve(reply.result);
      return;
    }
    p.reject(fromPostedError(reply.error));
  }

  private kill(id: number, limit: number) {
    const victim = this.pending.get(id);
    if (!victim) return;
    this.pending.delete(id);
    const url = victim.job.responses[0]?.shownUrl ?? '';
    victim.reject(
      new ApiError({
        kind: 'mapping',
        resource: victim.job.resource,
        url,
        reason: `mapping failed: no result within ${limit} ms; the mapping was stopped`,
      }),
    );
    this.restart((_p, pid) => this.send(pid));
  }

  /** Terminates the worker and hands every job still pending to `then` (resend or reject). */
  private restart(then: (p: Pending, id: number) => void) {
    this.worker?.terminate();
    this.worker = null;
    for (const [id, p] of [...this.pending.entries()]) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      then(p, id);
    }
  }

  dispose() {
    this.worker?.terminate();
    this.worker = null;
  }
}

let shared: MappingRunner | null = null;

/** The runner the app uses: a worker where the platform has one, else in-process. */
export function defaultRunner(): MappingRunner {
  if (shared) return shared;
  shared =
    typeof window !== 'undefined' && typeof Worker !== 'undefined'
      ? new WorkerRunner(
          () =>
            new Worker(new URL('./mapping.worker.ts', import.meta.url), {
              type: 'module',
              name: 'zerobay-mapping',
            }),
        )
      : inProcessRunner;
  return shared;
}
