import { describe, expect, it } from 'vitest';
import { ApiError, postedError } from '../../src/data/errors';
import type { MapJob } from '../../src/data/mapping/map-resource';
import { inProcessRunner, workerMappingRunner } from '../../src/data/mapping/runner';
import { WorkerRunner, type FailureCause } from '../../src/data/worker-runner';

/*
 * The one worker runner (src/data/worker-runner.ts) behind the parse and the mapping workers: replies by
 * id, the time limit, cancellation, moved buffers, and what happens when a worker fails.
 */

interface Job {
  name: string;
  bytes?: Uint8Array;
}

type Behaviour = (job: Job) => 'hang' | 'fail' | Promise<unknown>;

/** A stand-in Worker: clones (or moves) what it is sent as a real one does, and answers per `behaviour`. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: Job[] = [];
  constructor(private readonly behaviour: Behaviour) {}
  postMessage(message: { id: number; request: Job }, transfer: Transferable[] = []) {
    const { id, request } = structuredClone(message, { transfer }) as typeof message;
    this.received.push(request);
    const outcome = this.behaviour(request);
    if (outcome === 'hang') return;
    if (outcome === 'fail') {
      queueMicrotask(() => this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent));
      return;
    }
    outcome.then(
      (result) => !this.terminated && this.onmessage?.({ data: { id, ok: true, result } } as MessageEvent),
      (e: unknown) =>
        !this.terminated &&
        this.onmessage?.({ data: { id, ok: false, error: postedError(e) } } as MessageEvent),
    );
  }
  terminate() {
    this.terminated = true;
  }
}

const echo: Behaviour = (job) =>
  job.name.startsWith('hang') ? 'hang' : Promise.resolve(`${job.name}:${job.bytes?.byteLength ?? 0}`);

function setup(
  behaviours: Behaviour[],
  afterFailure: 'inProcess' | 'restart' = 'restart',
  create?: () => Worker,
) {
  const workers: FakeWorker[] = [];
  const inProcess: string[] = [];
  const runner = new WorkerRunner<Job>({
    create:
      create ??
      (() => {
        const w = new FakeWorker(behaviours[Math.min(workers.length, behaviours.length - 1)]!);
        workers.push(w);
        return w as unknown as Worker;
      }),
    inProcess: async (job) => {
      inProcess.push(job.name);
      return `${job.name}:here`;
    },
    afterFailure,
    failure: (job: Job, why: FailureCause) => new Error(`${job.name}: ${why.kind}`),
  });
  return { runner, workers, inProcess };
}

describe('WorkerRunner', () => {
  it("answers each job with its own reply, and a worker's error as an ApiError", async () => {
    const { runner } = setup([
      (job) =>
        job.name === 'bad'
          ? Promise.reject(new ApiError({ kind: 'shape', resource: 'tasks', url: '/t', reason: 'no data' }))
          : echo(job),
    ]);
    const [a, bad, b] = [runner.run({ name: 'a' }), runner.run({ name: 'bad' }), runner.run({ name: 'b' })];
    await expect(a).resolves.toBe('a:0');
    await expect(b).resolves.toBe('b:0');
    const e = await bad.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).reason).toBe('no data');
  });

  it('kills a worker that outlives the time limit, rejects that job and resends the others to a new one', async () => {
    const { runner, workers } = setup([() => 'hang', echo]);
    const stuck = runner.run({ name: 'hang' }, { timeoutMs: 30 });
    const fine = runner.run({ name: 'fine' }, { timeoutMs: 5000 });
    await expect(stuck).rejects.toThrow('hang: timeout');
    await expect(fine).resolves.toBe('fine:0');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('cancels: an aborted job is rejected at once with the reason, and its late reply is dropped', async () => {
    let release = () => {};
    const { runner } = setup([
      (job) => new Promise((resolve) => (release = () => resolve(`${job.name} late`))),
    ]);
    const controller = new AbortController();
    const job = runner.run({ name: 'slow' }, { signal: controller.signal });
    controller.abort(new Error('left the page'));
    await expect(job).rejects.toThrow('left the page');
    release();
    await expect(runner.run({ name: 'next' }, { signal: AbortSignal.abort('gone') })).rejects.toBe('gone');
  });

  it('moves buffers only to a worker that has answered, and such a job is not resent after a kill', async () => {
    const { runner, workers } = setup([echo, echo]);
    // The first job to a new worker is copied: a worker that never starts must not take the bytes with it.
    const first = new Uint8Array(8);
    await expect(runner.run({ name: 'first', bytes: first }, { transfer: [first.buffer] })).resolves.toBe(
      'first:8',
    );
    expect(first.byteLength).toBe(8);
    const moved = new Uint8Array(16);
    const copied = new Uint8Array(4);
    const waiting = runner.run({ name: 'hang-moved', bytes: moved }, { transfer: [moved.buffer] });
    const alsoWaiting = runner.run({ name: 'hang-copied', bytes: copied });
    expect(moved.byteLength).toBe(0);
    const stuck = runner.run({ name: 'hang-timeout' }, { timeoutMs: 20 });
    await expect(stuck).rejects.toThrow('hang-timeout: timeout');
    // Killed with the worker: the moved job cannot be sent again, the copied one is.
    await expect(waiting).rejects.toThrow('hang-moved: lost');
    expect(workers[1]!.received.map((j) => j.name)).toEqual(['hang-copied']);
    void alsoWaiting.catch(() => undefined);
  });

  it("'restart': a failed worker rejects its jobs and the next job gets a new worker", async () => {
    const { runner, workers } = setup([() => 'fail', echo]);
    await expect(runner.run({ name: 'a' })).rejects.toThrow('a: crashed');
    await expect(runner.run({ name: 'b' })).resolves.toBe('b:0');
    expect(workers).toHaveLength(2);
  });

  it("'inProcess': a failed worker's jobs and every later one run on this thread", async () => {
    const { runner, workers, inProcess } = setup([() => 'fail'], 'inProcess');
    await expect(runner.run({ name: 'a' })).resolves.toBe('a:here');
    await expect(runner.run({ name: 'b' })).resolves.toBe('b:here');
    expect(workers).toHaveLength(1);
    expect(inProcess).toEqual(['a', 'b']);
  });

  it('runs in-process where no worker can be created', async () => {
    const { runner, inProcess } = setup([echo], 'restart', () => {
      throw new Error('no workers here');
    });
    await expect(runner.run({ name: 'a' })).resolves.toBe('a:here');
    expect(inProcess).toEqual(['a']);
  });
});

describe('workerMappingRunner', () => {
  const unitRow = (id: string) => ({ bh: id, mc: `单位${id}`, jc: id });
  const job = (timeoutMs: number, text: string): MapJob => ({
    resource: 'units',
    mapping: { jsonata: "[rows.{ 'id': bh, 'name': mc, 'shortName': jc, 'kind': 'other' }]", timeoutMs },
    responses: [{ name: 'main', text, status: 200, contentType: 'application/json', shownUrl: '/u' }],
    requestedAsOf: '2021-06-30',
    today: '2021-06-30',
    defaultSource: 'test',
    receivedAt: 0,
  });

  it("stops a runaway mapping with the mapping's own message after its timeout and the grace", async () => {
    const created: FakeWorker[] = [];
    const runner = workerMappingRunner(() => {
      const first = created.length === 0;
      const w = new FakeWorker((j) => {
        const m = j as unknown as MapJob;
        return first || m.responses[0]!.text!.includes('HANG') ? 'hang' : inProcessRunner.run(m);
      });
      created.push(w);
      return w as unknown as Worker;
    }, 50);
    const stuck = runner.run(job(100, '{"rows":[],"x":"HANG"}'));
    const fine = runner.run(job(5000, JSON.stringify({ rows: [unitRow('a')] })));
    const e = await stuck.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).kind).toBe('mapping');
    expect((e as ApiError).reason).toBe('mapping failed: no result within 150 ms; the mapping was stopped');
    await expect(fine).resolves.toMatchObject({ report: { kept: 1 } });
    expect(created[0]!.terminated).toBe(true);
  });
});
