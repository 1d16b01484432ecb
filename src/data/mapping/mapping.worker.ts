/// <reference lib="webworker" />
import { postedError } from '../errors';
import { mapAndValidate, type MapJob } from './map-resource';

/*
 * Mapping 10 000 rows with JSONata takes seconds (docs/performance.md): here, off the main thread,
 * so charts keep drawing and the wall screen keeps its clock while a big source is mapped.
 */

interface Request {
  id: number;
  job: MapJob;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Request>) => {
  const { id, job } = event.data;
  mapAndValidate(job).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (e: unknown) => scope.postMessage({ id, ok: false, error: postedError(e) }),
  );
};
