import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { getResponse, type RequestHandler } from 'msw';
import type { ResourceName } from '../src/domain/schemas';
import { createHandlers } from './handlers';
import { DEFAULT_BASE_URL } from './handlers/shared';
import {
  isScenarioName,
  SCENARIO_NAMES,
  scenarioHandlers,
  toResourceName,
  type ScenarioName,
} from './scenarios';
import { parseScaleOptions, type ScaleScenarioOptions } from './scale';
import { notModified, validatorStore } from './validators';

/*
 * The same handlers as the browser worker, behind a real HTTP port: for running the built app,
 * or another client, against the mock. Scenarios can be switched at run time through /__mock/*
 * so browser tests can break the API and watch the app recover without restarting anything.
 */

export const DEFAULT_MOCK_PORT = 8787;
const HOST = '127.0.0.1';

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Api-Key, If-None-Match, If-Modified-Since',
  // A page on another origin may read the validators it sends back.
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
  'Access-Control-Max-Age': '600',
  // The page's resource timing (devtools, the benchmarks) may then show how long the mock took to answer.
  'Timing-Allow-Origin': '*',
};

export interface ActiveScenario extends Pick<ScaleScenarioOptions, 'scale' | 'tasks' | 'indicators'> {
  name: ScenarioName;
  resource?: ResourceName;
  delayMs?: number;
  /** Scenario `invalidRows`: the rows of the answer (default INVALID_ROWS); set in-process only (the benchmark). */
  rows?: number;
}

export interface MockHttpServerOptions {
  /** 0 picks a free port. */
  port?: number;
  scenario?: ScenarioName | null;
  resource?: ResourceName;
  delayMs?: number;
  /** Scenario `scale`: the factor (`--scale=100`) and explicit counts (`--tasks=10000`, `--indicators=2000`). */
  scale?: Pick<ScaleScenarioOptions, 'scale' | 'tasks' | 'indicators'>;
  /** Called for every request that reaches the server (the fleet benchmark counts them). */
  onRequest?: (method: string, path: string) => void;
}

export interface MockHttpServer {
  /** The API base, e.g. http://127.0.0.1:8787/api/v1. */
  url: string;
  origin: string;
  setScenario(scenario: ActiveScenario | null): void;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseScenario(json: unknown): ActiveScenario | string {
  if (typeof json !== 'object' || json === null)
    return 'expected a JSON object { "name": ..., "resource"?: ... }';
  const { name, resource, delayMs, scale, tasks, indicators } = json as Record<string, unknown>;
  if (!isScenarioName(name))
    return `unknown scenario ${JSON.stringify(name)}; known: ${SCENARIO_NAMES.join(', ')}`;
  const target = toResourceName(resource);
  if (resource !== undefined && resource !== null && target === undefined)
    return `unknown resource ${JSON.stringify(resource)}`;
  if (delayMs !== undefined && (typeof delayMs !== 'number' || !(delayMs >= 0)))
    return 'delayMs must be a non-negative number';
  const sizes = parseScaleOptions({ scale, tasks, indicators });
  if (typeof sizes === 'string') return sizes;
  return {
    ...(name === 'scale' ? sizes : {}),
    name,
    ...(target ? { resource: target } : {}),
    ...(typeof delayMs === 'number' ? { delayMs } : {}),
  };
}

export async function startMockHttpServer(opts: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const normal = createHandlers(undefined, { baseUrl: DEFAULT_BASE_URL });
  let active: ActiveScenario | null = null;
  let handlers: RequestHandler[] = normal;
  const validatorsOf = validatorStore();

  const setScenario = (scenario: ActiveScenario | null) => {
    active = scenario;
    handlers = scenario
      ? [
          ...scenarioHandlers(scenario.name, {
            resource: scenario.resource,
            delayMs: scenario.delayMs,
            scale: scenario.scale,
            tasks: scenario.tasks,
            indicators: scenario.indicators,
            rows: scenario.rows,
            baseUrl: DEFAULT_BASE_URL,
          }),
          ...normal,
        ]
      : normal;
  };
  if (opts.scenario)
    setScenario({
      ...(opts.scenario === 'scale' ? opts.scale : {}),
      name: opts.scenario,
      resource: opts.resource,
      delayMs: opts.delayMs,
    });

  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/__mock/health' && req.method === 'GET')
      return send(res, 200, { ok: true, scenario: active });
    if (path !== '/__mock/scenario') return send(res, 404, { error: `no admin endpoint ${path}` });
    if (req.method === 'GET') return send(res, 200, { scenario: active });
    if (req.method === 'DELETE') {
      setScenario(null);
      return send(res, 200, { scenario: null });
    }
    if (req.method === 'POST') {
      let json: unknown;
      try {
        json = JSON.parse((await readBody(req)).toString('utf8'));
      } catch {
        return send(res, 400, { error: 'body is not valid JSON' });
      }
      const parsed = parseScenario(json);
      if (typeof parsed === 'string') return send(res, 400, { error: parsed });
      setScenario(parsed);
      return send(res, 200, { scenario: parsed });
    }
    return send(res, 405, { error: `${req.method ?? '?'} not allowed on ${path}` });
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? HOST}`);
      opts.onRequest?.(req.method ?? 'GET', url.pathname);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS);
        return res.end();
      }
      if (url.pathname.startsWith('/__mock/')) return admin(req, res, url.pathname);

      const body =
        req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(await readBody(req));
      const headers = new Headers();
      for (const [key, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(key, value);
        else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
      }
      const aborted = new AbortController();
      res.on('close', () => aborted.abort());
      const request = new Request(url, { method: req.method, headers, body, signal: aborted.signal });
      const response = await getResponse(handlers, request, { baseUrl: url.origin, quiet: true });
      if (res.destroyed) return;
      if (!response) return send(res, 404, { error: `no mock for ${req.method ?? 'GET'} ${url.pathname}` });
      // `HttpResponse.error()` (scenario connectionReset): no answer at all, the TCP connection is reset.
      if (response.type === 'error') return void req.socket.resetAndDestroy();

      const out: Record<string, string> = { ...CORS_HEADERS };
      response.headers.forEach((value, key) => (out[key] = value));
      const bytes = Buffer.from(await response.arrayBuffer());
      // A successful read gets validators and may be stored, but is always revalidated: 304 when unchanged.
      if (req.method === 'GET' && response.status === 200 && !out['etag']) {
        const v = validatorsOf(`${url.pathname}${url.search}`, bytes);
        Object.assign(out, { etag: v.etag, 'last-modified': v.lastModified, 'cache-control': 'no-cache' });
        const conditional = {
          ifNoneMatch: req.headers['if-none-match'],
          ifModifiedSince: req.headers['if-modified-since'],
        };
        if (notModified(conditional, v)) {
          delete out['content-type'];
          delete out['content-length'];
          res.writeHead(304, out);
          return res.end();
        }
      }
      if (response.statusText) res.writeHead(response.status, response.statusText, out);
      else res.writeHead(response.status, out);
      res.end(bytes);
    })().catch((e: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: `mock server failure: ${e instanceof Error ? e.message : String(e)}` });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? DEFAULT_MOCK_PORT, HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}${DEFAULT_BASE_URL}`,
    origin,
    setScenario,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // A hanging scenario keeps requests open forever: cut them so close() returns.
        server.closeAllConnections();
      }),
  };
}

function optionsFromCli(argv: string[], env: NodeJS.ProcessEnv): MockHttpServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      scenario: { type: 'string' },
      resource: { type: 'string' },
      'delay-ms': { type: 'string' },
      scale: { type: 'string' },
      tasks: { type: 'string' },
      indicators: { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.MOCK_PORT ?? DEFAULT_MOCK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port ${JSON.stringify(values.port ?? env.MOCK_PORT)}`);
  const scenario = values.scenario ?? env.MOCK_SCENARIO ?? null;
  if (scenario !== null && scenario !== '' && !isScenarioName(scenario)) {
    throw new Error(`unknown scenario ${JSON.stringify(scenario)}; known: ${SCENARIO_NAMES.join(', ')}`);
  }
  const rawResource = values.resource ?? env.MOCK_RESOURCE;
  const resource = toResourceName(rawResource);
  if (rawResource && !resource) throw new Error(`unknown resource ${JSON.stringify(rawResource)}`);
  const rawDelay = values['delay-ms'] ?? env.MOCK_DELAY_MS;
  const delayMs = rawDelay === undefined ? undefined : Number(rawDelay);
  const scale = parseScaleOptions({
    scale: values.scale ?? env.MOCK_SCALE,
    tasks: values.tasks ?? env.MOCK_TASKS,
    indicators: values.indicators ?? env.MOCK_INDICATORS,
  });
  if (typeof scale === 'string') throw new Error(scale);
  return { port, scenario: scenario || null, resource, delayMs, scale };
}

async function main(): Promise<void> {
  let opts: MockHttpServerOptions;
  try {
    opts = optionsFromCli(process.argv.slice(2), process.env);
  } catch (e) {
    console.error(`zerobay mock: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  const mock = await startMockHttpServer(opts);
  const scenario = opts.scenario
    ? ` (scenario ${opts.scenario}${opts.resource ? ` on ${opts.resource}` : ''})`
    : '';
  console.log(`zerobay mock API on ${mock.url}${scenario}`);
  const stop = () => void mock.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
