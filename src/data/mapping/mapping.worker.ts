/// <reference lib="webworker" />
import { ApiError } from '../errors';
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
    (e: unknown) => {
      const error =
        e instanceof ApiError
          ? { api: true, kind: e.kind, resource: e.resource, url: e.url, status: e.status, reason: e.reason }
          : { api: false, message: e instanceof Error ? e.message : String(e) };
      scope.postMessage({ id, ok: false, error });
    },
  );
};
