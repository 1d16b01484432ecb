/// <reference lib="webworker" />
import { serveRequests } from '../worker-serve';
import { mapAndValidate, type MapJob } from './map-resource';

/*
 * Mapping 10 000 rows with JSONata takes seconds (docs/performance.md): here, off the main thread,
 * so charts keep drawing and the wall screen keeps its clock while a big source is mapped.
 */

serveRequests<MapJob>(mapAndValidate);
