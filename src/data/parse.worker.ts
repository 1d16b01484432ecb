/// <reference lib="webworker" />
import { runParseTask, type ParseTask } from './parse-tasks';
import { serveRequests } from './worker-serve';

/*
 * Parsing and validating the answers (and config.json) off the main thread: building the schemas and
 * checking every row took 40 to 60 ms of main-thread time on each cold load, all of it blocking the
 * screen (docs/performance.md, Lighthouse). An answer's body arrives here as bytes, moved rather than
 * copied, and is decoded here: a 25 MB answer costs the main thread nothing proportional to its size.
 */

serveRequests<ParseTask>(runParseTask);
