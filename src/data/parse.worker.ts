/// <reference lib="webworker" />
import { postedError } from './errors';
import { runParseTask, type ParseTask } from './parse-tasks';

/*
 * Parsing and validating the answers (and config.json) off the main thread: building the schemas and
 * checking every row took 40 to 60 ms of main-thread time on each cold load, all of it blocking the
 * screen (docs/performance.md, Lighthouse).
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; task: ParseTask }>) => {
  const { id, task } = event.data;
  try {
    scope.postMessage({ id, ok: true, result: runParseTask(task) });
  } catch (e) {
    scope.postMessage({ id, ok: false, error: postedError(e) });
  }
};
