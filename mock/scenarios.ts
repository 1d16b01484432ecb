import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { RESOURCE_PATHS, RESOURCES, type ListResourceName, type ResourceName } from '../src/domain/schemas';
import { MOCK_LATEST, resolveAsOf } from './as-of';
import { fixtures } from './fixtures';
import { injectXss } from './xss';
import { answerAsOf, DEFAULT_BASE_URL, resourceUrl, selectAsOf, snapshotMeta } from './handlers/shared';
import { scale, type ScaleScenarioOptions } from './scale';

/*
 * Named faults, in the spirit of Grafana's mock server: each returns handlers that go in front of
 * the normal ones (worker.use / server.use / the HTTP server's scenario slot), for one resource or
 * for all. They exercise every failure path the app must survive: slowness, silence, HTTP errors,
 * unparsable or mis-shaped bodies, some bad rows among good ones, and no data at all.
 */

export interface ScenarioOptions {
  /** Only this resource misbehaves; all six when absent. */
  resource?: ResourceName;
  baseUrl?: string;
}

export interface SlowOptions extends ScenarioOptions {
  delayMs?: number;
}

type Row = Record<string, unknown>;

function each(
  opts: ScenarioOptions,
  answer: (resource: ResourceName, request: Request) => Response | Promise<Response | undefined>,
) {
  const resources = opts.resource ? [opts.resource] : RESOURCES;
  return resources.map((resource) =>
    http.get(resourceUrl(resource, opts.baseUrl), ({ request }) => answer(resource, request)),
  );
}

/** Waits, then falls through to the normal handler: the data is right, only late. */
export function slow({ delayMs = 3000, ...opts }: SlowOptions = {}): RequestHandler[] {
  return each(opts, async () => {
    await delay(delayMs);
    return undefined;
  });
}

export function serverError(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource) =>
    HttpResponse.json(
      {
        error: 'Internal Server Error',
        message: `mock scenario serverError on /${RESOURCE_PATHS[resource]}`,
      },
      { status: 500 },
    ),
  );
}

/** Never answers: the client's own timeout or abort is the only way out. */
export function hang(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, async () => {
    await delay('infinite');
    return new HttpResponse(null, { status: 204 });
  });
}

/** A body cut short mid-object, as when a proxy drops the connection. */
export const MALFORMED_BODY = '{"meta": {"asOf": ';

export function malformedJson(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(
    opts,
    () => new HttpResponse(MALFORMED_BODY, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );
}

/** Valid JSON in another API's shape: `{ items, total }` for lists, an array for the plan. */
export function wrongShape(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource) => {
    if (resource === 'plan') return HttpResponse.json([fixtures.plan] as never);
    const items = selectAsOf[resource](fixtures[resource] as never, MOCK_LATEST) as unknown[];
    return HttpResponse.json({ items, total: items.length } as never);
  });
}

const BAD_DATE = '2021-13-45';

function lastProgress(row: Row, asOf: string): Row {
  const progress = (row.progress as Row[] | undefined) ?? [];
  if (progress.length === 0) progress.push({ date: asOf, percent: 0 });
  row.progress = progress;
  return progress[progress.length - 1] as Row;
}

/**
 * Which rows partialRows breaks, by position, and how. Each broken row has one fault, so a
 * validation report can name it precisely; all other rows are the normal data, untouched.
 */
export const PARTIAL_ROWS_FAULTS: {
  [R in ListResourceName]: Array<[index: number, fault: string, breakRow: (row: Row, asOf: string) => void]>;
} = {
  units: [
    [0, 'missing name', (r) => delete r.name],
    [2, "kind 'X'", (r) => (r.kind = 'X')],
  ],
  tasks: [
    [1, 'missing name', (r) => delete r.name],
    [4, 'progress percent 140', (r, asOf) => (lastProgress(r, asOf).percent = 140)],
    [7, `due '${BAD_DATE}'`, (r) => (r.due = BAD_DATE)],
  ],
  workItems: [
    [0, 'missing name', (r) => delete r.name],
    [2, 'progress percent 140', (r, asOf) => (lastProgress(r, asOf).percent = 140)],
    [5, `start '${BAD_DATE}'`, (r) => (r.start = BAD_DATE)],
  ],
  indicators: [
    [0, 'missing name', (r) => delete r.name],
    [2, "function code 'X'", (r) => (r.functions = ['C', 'X'])],
    [
      4,
      `observation dated '${BAD_DATE}'`,
      (r) =>
        (r.observations = [{ date: BAD_DATE, value: 1 }, ...((r.observations as Row[] | undefined) ?? [])]),
    ],
  ],
  projects: [
    [0, 'missing name', (r) => delete r.name],
    [3, "function code 'X'", (r) => (r.functions = ['X'])],
    [
      5,
      `status dated '${BAD_DATE}'`,
      (r) =>
        (r.statusHistory = [
          { date: BAD_DATE, status: 'planned' },
          ...((r.statusHistory as Row[] | undefined) ?? []),
        ]),
    ],
  ],
};

/** The normal answer with a few rows broken; the plan, one document rather than rows, is left intact. */
export function partialRows(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource, request) =>
    answerAsOf(request, (asOf) => {
      if (resource === 'plan') return selectAsOf.plan(fixtures.plan, asOf);
      const rows = selectAsOf[resource](fixtures[resource] as never, asOf) as Row[];
      const broken = [...rows];
      for (const [index, , breakRow] of PARTIAL_ROWS_FAULTS[resource]) {
        const row = rows[index];
        if (!row) continue;
        const copy = structuredClone(row);
        breakRow(copy, asOf);
        broken[index] = copy;
      }
      return broken;
    }),
  );
}

/** Every free-text field of every row carries an XSS payload (mock/xss.ts); the data stays valid. */
export function xss(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource, request) =>
    answerAsOf(request, (asOf) =>
      injectXss(
        resource === 'plan'
          ? selectAsOf.plan(fixtures.plan, asOf)
          : selectAsOf[resource](fixtures[resource] as never, asOf),
      ),
    ),
  );
}

/** A valid envelope with nothing in it: `[]` for lists, `null` for the plan. */
export function empty(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource, request) => answerAsOf(request, () => (resource === 'plan' ? null : [])));
}

export const NGINX_502_PAGE = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx/1.24.0</center>
</body>
</html>
`;

/** What a reverse proxy answers when the API behind it is down. */
export function htmlErrorPage(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, () => HttpResponse.html(NGINX_502_PAGE, { status: 502 }));
}

/**
 * The connection is cut before any answer: `Response.error()`, which the browser worker and msw/node turn
 * into a network error (fetch rejects with a TypeError). The HTTP server resets the socket instead
 * (mock/http-server.ts), so a browser sees ERR_CONNECTION_RESET.
 */
export function connectionReset(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, () => HttpResponse.error());
}

/**
 * The API is unreachable: every request under the API's base (any path, any method, whatever `resource`
 * says) has its connection reset, until the scenario is cleared. For a wall that must ride out an outage,
 * and restarts during it, on its last good data.
 */
export function outage(opts: ScenarioOptions = {}): RequestHandler[] {
  const base = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  return [http.all(`${base}/*`, () => HttpResponse.error())];
}

/** The size of the hugeResponse body: 50 MB (MiB), above any sensible `api.maxResponseMB`. */
export const HUGE_RESPONSE_BYTES = 50 * 1024 * 1024;
const HUGE_CHUNK_BYTES = 1024 * 1024;
let hugeChunk: Uint8Array | null = null;

/**
 * A valid envelope (the normal data) whose extra field `padding` holds a 50 MB string, streamed in 1 MB
 * chunks without Content-Length, as an API that generates its answer on the fly would send it. The
 * padding chunk is made once and shared, so the mock itself never holds 50 MB per request.
 */
export function hugeResponseBody(
  envelope: { meta: unknown; data: unknown },
  totalBytes = HUGE_RESPONSE_BYTES,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const head = encoder.encode(`${JSON.stringify(envelope).slice(0, -1)},"padding":"`);
  const tail = encoder.encode('"}');
  let padding = Math.max(0, totalBytes - head.byteLength - tail.byteLength);
  const chunk = (hugeChunk ??= new Uint8Array(HUGE_CHUNK_BYTES).fill(0x78)); // "x"
  let stage: 'head' | 'padding' | 'done' = 'head';
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        controller.enqueue(head);
        stage = 'padding';
      } else if (stage === 'padding' && padding > 0) {
        const n = Math.min(padding, chunk.byteLength);
        controller.enqueue(n === chunk.byteLength ? chunk : chunk.subarray(0, n));
        padding -= n;
      } else {
        controller.enqueue(tail);
        controller.close();
        stage = 'done';
      }
    },
  });
}

const normalData = (resource: ResourceName, asOf: string): unknown =>
  resource === 'plan'
    ? selectAsOf.plan(fixtures.plan, asOf)
    : selectAsOf[resource](fixtures[resource] as never, asOf);

/** HTTP 200, `application/json`, 50 MB: the normal envelope plus a huge `padding` string, streamed. */
export function hugeResponse(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource, request) => {
    const resolved = resolveAsOf(new URL(request.url).searchParams.get('asOf'));
    const asOf = resolved.ok ? resolved.asOf : MOCK_LATEST;
    return new HttpResponse(
      hugeResponseBody({ meta: snapshotMeta(asOf), data: normalData(resource, asOf) }),
      {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      },
    );
  });
}

/** How many answers per resource shapeShift gives in the normal shape before it changes. */
export const SHAPE_SHIFT_AFTER = 1;

/**
 * The API changes its answer's shape between refreshes, as after a deploy of a new version: the first
 * answer for each resource is the normal one, every later one has `data` wrapped as `{ rows, total }`
 * (lists) or `{ plan, version: 2 }` (the plan). Activating the scenario again starts the count afresh.
 */
export function shapeShift(opts: ScenarioOptions = {}): RequestHandler[] {
  const answered = new Map<ResourceName, number>();
  return each(opts, (resource, request) =>
    answerAsOf(request, (asOf) => {
      const n = answered.get(resource) ?? 0;
      answered.set(resource, n + 1);
      const data = normalData(resource, asOf);
      if (n < SHAPE_SHIFT_AFTER) return data;
      return resource === 'plan'
        ? { plan: data, version: 2 }
        : { rows: data, total: (data as unknown[]).length };
    }),
  );
}

/**
 * A date the data cannot be from: a typo'd year (2205 for 2025). Far enough ahead that the scenario
 * stays "in the future" for as long as this code lives.
 */
export const FUTURE_AS_OF = '2205-12-31';

/** The normal data, but `meta.asOf` (and `generatedAt`) say FUTURE_AS_OF. */
export function futureAsOf(opts: ScenarioOptions = {}): RequestHandler[] {
  return each(opts, (resource, request) => {
    const resolved = resolveAsOf(new URL(request.url).searchParams.get('asOf'));
    const asOf = resolved.ok ? resolved.asOf : MOCK_LATEST;
    return HttpResponse.json(
      { meta: snapshotMeta(FUTURE_AS_OF), data: normalData(resource, asOf) } as never,
      {
        headers: { 'Cache-Control': 'no-store' },
      },
    );
  });
}

/** Rows in an invalidRows answer: the 150,000 of a source that changed a field under us (about 25 MB). */
export const INVALID_ROWS = 150_000;
let invalidBody: { rows: number; json: string } | null = null;

/**
 * The normal answer's first row, then INVALID_ROWS − 1 rows that each fail on one field (`due`
 * `2021-13-45`): a /data-health page must show this without one DOM node per failure. Lists only (the
 * plan is one document); the body is built once and kept, so repeated requests cost no time in the mock.
 */
export function invalidRows(opts: ScenarioOptions & { rows?: number } = {}): RequestHandler[] {
  const resource = opts.resource && opts.resource !== 'plan' ? opts.resource : 'tasks';
  const rows = opts.rows ?? INVALID_ROWS;
  return [
    http.get(resourceUrl(resource, opts.baseUrl), () => {
      if (invalidBody?.rows !== rows) {
        const first = (selectAsOf[resource](fixtures[resource] as never, MOCK_LATEST) as Row[])[0];
        const bad = (i: number) =>
          resource === 'tasks'
            ? `{"id":"BAD-${i}","order":${i},"aspectId":"A1","name":"坏行 ${i}","functions":["C"],"leadUnitId":"sjtu","start":"2021-01-01","due":"${BAD_DATE}","progress":[],"milestones":[]}`
            : `{"id":"BAD-${i}","name":null}`;
        const parts = [JSON.stringify(first)];
        for (let i = 1; i < rows; i++) parts.push(bad(i));
        invalidBody = {
          rows,
          json: `{"meta":${JSON.stringify(snapshotMeta(MOCK_LATEST))},"data":[${parts.join(',')}]}`,
        };
      }
      return new HttpResponse(invalidBody.json, {
        status: 200,
        headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
      });
    }),
  ];
}

export const SCENARIOS = {
  slow,
  serverError,
  hang,
  malformedJson,
  wrongShape,
  partialRows,
  empty,
  htmlErrorPage,
  connectionReset,
  outage,
  hugeResponse,
  shapeShift,
  futureAsOf,
  xss,
  scale,
  invalidRows,
} satisfies Record<string, (opts?: SlowOptions) => RequestHandler[]>;

export type ScenarioName = keyof typeof SCENARIOS;

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(name: unknown): name is ScenarioName {
  return typeof name === 'string' && Object.hasOwn(SCENARIOS, name);
}

/** Accepts the resource name (`workItems`) or its path (`work-items`), as URLs and CLIs spell it. */
export function toResourceName(value: unknown): ResourceName | undefined {
  if (typeof value !== 'string') return undefined;
  return RESOURCES.find((r) => r === value || RESOURCE_PATHS[r] === value);
}

export function scenarioHandlers(
  name: ScenarioName,
  opts: SlowOptions & ScaleScenarioOptions & { rows?: number } = {},
): RequestHandler[] {
  return SCENARIOS[name](opts);
}
