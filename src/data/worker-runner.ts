import { fromPostedError, type PostedError } from './errors';

/*
 * The one way the app hands work to a Web Worker (the parse worker, the mapping worker): numbered
 * requests and replies, a time limit, cancellation, and a fallback when the platform has no workers.
 * The worker side is `serveRequests` (worker-serve.ts).
 */

/** What a worker posts back: the result, or its error as plain data (an Error's class does not survive postMessage). */
export type WorkerReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: PostedError };

export interface RunOptions {
  /**
   * Buffers moved to the worker rather than copied (an answer's bytes): the main thread then spends no time
   * proportional to their size. Moved only once the worker has answered once (a worker that never started
   * would lose them); a job whose buffers were moved cannot be resent after a crash or a kill.
   */
  transfer?: Transferable[];
  /** No reply within this many ms: the worker is terminated (the only way to stop runaway code) and the job rejected. */
  timeoutMs?: number;
  /** Aborting rejects the job at once with the signal's reason; the worker's late reply is dropped. */
  signal?: AbortSignal;
}

export interface WorkerRunnerOptions<Req> {
  /** A new worker; may throw (a strict policy, an old kiosk browser), and then the job runs in-process. */
  create: () => Worker;
  /** The same work on this thread (Node, the tests, a browser without workers). */
  inProcess: (request: Req) => Promise<unknown>;
  /**
   * After the worker fails (its script did not load, it crashed): `inProcess` runs this and every later job
   * on this thread (the parse worker: its work is needed and small); `restart` rejects the pending jobs and
   * starts a new worker for the next one (the mapping worker: JSONata must not run on the main thread).
   */
  afterFailure: 'inProcess' | 'restart';
  /** The error of a job the worker did not finish: it ran out of time, the worker failed, or its moved buffers are gone. */
  failure: (request: Req, why: FailureCause) => Error;
}

export type FailureCause =
  | { kind: 'timeout'; ms: number }
  | { kind: 'crashed'; message: string }
  /** The worker was stopped for another job's sake, and this job's buffers went with it. */
  | { kind: 'lost' };

interface Pending<Req> {
  request: Req;
  options: RunOptions;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
  timer: ReturnType<typeof setTimeout> | null;
  /** Its buffers were moved: it exists only in the worker now. */
  moved: boolean;
  stopWatching: () => void;
}

export class WorkerRunner<Req> {
  private worker: Worker | null = null;
  /** The worker has answered once: its script loaded and it runs, so buffers may be moved to it. */
  private proven = false;
  private inProcessOnly = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<Req>>();

  constructor(private readonly opts: WorkerRunnerOptions<Req>) {}

  /** Starts the worker before the first job needs it (its script downloads, its schemas are built). */
  warm(): void {
    this.ensure();
  }

  run<T>(request: Req, options: RunOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const { signal } = options;
      if (signal?.aborted) return reject(signal.reason);
      const id = this.nextId++;
      const onAbort = () => this.settle(id, (p) => p.reject(signal!.reason));
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        request,
        options,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: null,
        moved: false,
        stopWatching: () => signal?.removeEventListener('abort', onAbort),
      });
      this.send(id);
    });
  }

  /** Stops the worker; pending jobs are rejected. */
  dispose(): void {
    this.stop((p) => p.reject(this.opts.failure(p.request, { kind: 'crashed', message: 'stopped' })));
  }

  private ensure(): Worker | null {
    if (this.inProcessOnly) return null;
    if (this.worker) return this.worker;
    let w: Worker;
    try {
      w = this.opts.create();
    } catch {
      return null;
    }
    w.onmessage = (e: MessageEvent<WorkerReply>) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.failed(e.message || 'unknown error');
    };
    this.worker = w;
    this.proven = false;
    return w;
  }

  private send(id: number) {
    const p = this.pending.get(id);
    if (!p) return;
    const worker = this.ensure();
    if (!worker) {
      this.settle(id, (q) => this.opts.inProcess(q.request).then(q.resolve, q.reject));
      return;
    }
    const { timeoutMs, transfer } = p.options;
    if (timeoutMs !== undefined) p.timer = setTimeout(() => this.timedOut(id, timeoutMs), timeoutMs);
    p.moved = this.proven && (transfer?.length ?? 0) > 0;
    worker.postMessage({ id, request: p.request }, p.moved ? transfer! : []);
  }

  /** Takes a job out of the pending list (if it is still there) and hands it to `then`. */
  private settle(id: number, then: (p: Pending<Req>) => void) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    p.stopWatching();
    then(p);
  }

  private receive(reply: WorkerReply) {
    this.proven = true;
    this.settle(reply.id, (p) =>
      reply.ok ? p.resolve(reply.result) : p.reject(fromPostedError(reply.error)),
    );
  }

  private timedOut(id: number, ms: number) {
    if (!this.pending.has(id)) return;
    this.settle(id, (p) => p.reject(this.opts.failure(p.request, { kind: 'timeout', ms })));
    this.stop((p, pid) => this.retry(p, pid, { kind: 'lost' }));
  }

  private failed(message: string) {
    if (this.opts.afterFailure === 'inProcess') this.inProcessOnly = true;
    this.stop((p, id) =>
      this.opts.afterFailure === 'inProcess'
        ? this.retry(p, id, { kind: 'crashed', message })
        : this.settle(id, (q) => q.reject(this.opts.failure(q.request, { kind: 'crashed', message }))),
    );
  }

  /** A job the stopped worker held: sent again (to a new worker or in-process) unless its buffers went with it. */
  private retry(p: Pending<Req>, id: number, why: FailureCause) {
    if (p.moved) this.settle(id, (q) => q.reject(this.opts.failure(q.request, why)));
    else this.send(id);
  }

  /** Terminates the worker and hands every job still pending to `then`. */
  private stop(then: (p: Pending<Req>, id: number) => void) {
    this.worker?.terminate();
    this.worker = null;
    this.proven = false;
    for (const [id, p] of [...this.pending.entries()]) {
      if (p.timer) clearTimeout(p.timer);
      p.timer = null;
      then(p, id);
    }
  }
}
