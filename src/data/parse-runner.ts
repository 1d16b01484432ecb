import { fromPostedError, type PostedError } from './errors';
import type { ParseTask } from './parse-tasks';

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: PostedError };

interface Pending {
  task: ParseTask;
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
}

/** The same work on this thread, its code loaded on first use: Node (tests, the CLI) and browsers without workers. */
const inProcess = async (task: ParseTask): Promise<unknown> =>
  (await import('./parse-tasks')).runParseTask(task);

let worker: Worker | null = null;
let failed = typeof window === 'undefined' || typeof Worker === 'undefined';
let nextId = 1;
const pending = new Map<number, Pending>();

function settle(p: Pending, run: Promise<unknown>) {
  run.then(p.resolve, p.reject);
}

/** A worker that cannot start or crashes hands its work to the main thread, once and for good. */
function giveUp() {
  failed = true;
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const p of left) settle(p, inProcess(p.task));
}

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

function ensureWorker(): Worker | null {
  if (failed) return null;
  if (worker) return worker;
  try {
    worker =
      earlyWorker() ??
      new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'zerobay-parse' });
  } catch {
    failed = true;
    return null;
  }
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok) p.resolve(e.data.result);
    else p.reject(fromPostedError(e.data.error));
  };
  worker.onerror = (e) => {
    e.preventDefault();
    giveUp();
  };
  return worker;
}

/** Starts the worker (its script downloads and its schemas are built) before the first task needs it. */
export function warmParseWorker(): void {
  ensureWorker();
}

/** Runs a parse task in the worker when there is one, else in-process; the result or the task's own error. */
export function parseOffMainThread<T>(task: ParseTask): Promise<T> {
  const w = ensureWorker();
  if (!w) return inProcess(task) as Promise<T>;
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { task, resolve: resolve as (value: unknown) => void, reject });
    w.postMessage({ id, task });
  });
}
