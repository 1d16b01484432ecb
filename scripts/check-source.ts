// `npm run check-source -- --config path/to/config.json [--as-of 2021-06-30] [--base https://dashboard.example.org]`
// Fetches every resource the way the dashboard does (the same loadResource, mapping and validation code,
// run in-process instead of in a Web Worker), prints a report, and exits non-zero when a resource is unusable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { isProvided, parseConfig, type AppConfig } from '../src/data/config';
import { isApiError } from '../src/data/errors';
import { loadResource, type LoadedResource } from '../src/data/load-resource';
import { inProcessRunner } from '../src/data/mapping/runner';
import { RESOURCES, type ResourceName } from '../src/domain/schemas';
import { describeIssue } from '../src/data/validation-report';
import {
  datedAnswers,
  describeReportDate,
  isTimeVarying,
  resolveReportDate,
  type DatedAnswer,
} from '../src/data/report-date';

export interface CheckIo {
  out: (line: string) => void;
  fetchImpl?: typeof fetch;
  cwd?: string;
}

interface ResourceOutcome {
  resource: ResourceName;
  ok: boolean;
  requests: string[];
  received?: number;
  kept?: number;
  dropped?: number;
  asOf?: string;
  assumed?: string[];
  mappingMs?: number | null;
  issues?: string[];
  issueCount?: number;
  error?: string;
  /** The config says the source has no such data: nothing is requested, and that is fine. */
  notProvided?: boolean;
}

const USAGE = `usage: npm run check-source -- --config <file> [--as-of YYYY-MM-DD] [--base <origin>] [--resource <name>] [--strict] [--json]

  --config    the config.json to check (the same file the dashboard loads)
  --as-of     the report date to ask for; latest when absent
  --base      the site the dashboard is served from, to resolve relative URLs such as /api/v1
  --resource  check one resource only (${RESOURCES.join(', ')})
  --strict    also fail when any row is dropped
  --json      print the report as JSON

exit status: 0 every resource usable, 1 a resource is unusable (or rows dropped with --strict), 2 bad arguments or config`;

/** Relative URLs (/api/v1/…) are resolved against --base, as the browser resolves them against the page. */
function fetchWithBase(base: string | undefined, inner: typeof fetch): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (/^https?:\/\//i.test(url)) return inner(url, init);
    if (!base) {
      return Promise.reject(
        new Error(`${url} is relative: give --base https://your-dashboard-site so it can be resolved`),
      );
    }
    return inner(new URL(url, base).href, init);
  };
}

async function checkOne(
  config: AppConfig,
  resource: ResourceName,
  asOf: string | null,
  fetchImpl: typeof fetch,
  answers: DatedAnswer[],
): Promise<ResourceOutcome> {
  if (!isProvided(config, resource)) return { resource, ok: true, requests: [], notProvided: true };
  let r: LoadedResource;
  try {
    r = await loadResource(config, resource, asOf, { fetchImpl, runner: inProcessRunner });
  } catch (e) {
    return {
      resource,
      ok: false,
      requests: [],
      error: isApiError(e)
        ? `${e.message}${e.detail ? `\n  upstream: ${e.detail}` : ''}`
        : e instanceof Error
          ? e.message
          : String(e),
    };
  }
  const list = resource !== 'plan';
  if (isTimeVarying(resource))
    answers.push(...datedAnswers(RESOURCES.map((x) => (x === resource ? { data: r } : {}))));
  return {
    resource,
    ok: !list || r.report.kept > 0,
    requests: r.requests.map((q) => `${q.name === 'main' ? '' : `${q.name}: `}${q.method} ${q.shownUrl}`),
    received: r.report.received,
    kept: r.report.kept,
    dropped: r.report.dropped,
    asOf: r.meta.asOf,
    assumed: r.assumed,
    mappingMs: r.mappingMs,
    issues: r.report.issues.map(describeIssue),
    issueCount: r.report.issueCount,
    error:
      list && r.report.kept === 0
        ? r.report.received === 0
          ? 'no rows at all'
          : 'every row was dropped'
        : undefined,
  };
}

function print(o: ResourceOutcome, out: (l: string) => void, strict: boolean) {
  if (o.notProvided) {
    out(`– ${o.resource.padEnd(10)}  not provided by this source (config says so): no request made`);
    return;
  }
  const mark = !o.ok ? '✖' : o.dropped ? (strict ? '✖' : '!') : '✔';
  const counts =
    o.kept === undefined
      ? ''
      : `  ${o.kept} of ${o.received} kept${o.dropped ? `, ${o.dropped} dropped` : ''}`;
  // An as-of date the mapping assumed is no date of the source's: the report date below is what counts.
  const when = !o.asOf
    ? ''
    : o.assumed?.includes('asOf')
      ? '  no as-of date given (the report date below applies)'
      : `  as of ${o.asOf}`;
  const mapped = o.mappingMs === null || o.mappingMs === undefined ? '' : `  mapped in ${o.mappingMs} ms`;
  out(`${mark} ${o.resource.padEnd(10)}${counts}${when}${mapped}`);
  for (const r of o.requests) out(`    ${r}`);
  if (o.error) out(`    ${o.error}`);
  const issues = o.issues ?? [];
  for (const i of issues.slice(0, 30)) out(`    ${i}`);
  const total = Math.max(o.issueCount ?? 0, issues.length);
  if (total > 30) out(`    … and ${total - 30} more`);
}

export async function runCheck(argv: string[], io: CheckIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        config: { type: 'string' },
        'as-of': { type: 'string' },
        base: { type: 'string' },
        resource: { type: 'string' },
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    io.out(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help || typeof values.config !== 'string') {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const asOf = typeof values['as-of'] === 'string' ? values['as-of'] : null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    io.out(`--as-of must be YYYY-MM-DD, got ${asOf}`);
    return 2;
  }
  const only = values.resource;
  if (typeof only === 'string' && !(RESOURCES as readonly string[]).includes(only)) {
    io.out(`unknown --resource ${only}; one of ${RESOURCES.join(', ')}`);
    return 2;
  }
  const path = resolve(io.cwd ?? process.cwd(), values.config);
  let config: AppConfig;
  try {
    config = parseConfig(JSON.parse(readFileSync(path, 'utf8')) as unknown, values.config);
  } catch (e) {
    io.out(`config ${values.config}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const fetchImpl = fetchWithBase(
    typeof values.base === 'string' ? values.base : undefined,
    io.fetchImpl ?? fetch,
  );
  const resources = typeof only === 'string' ? [only as ResourceName] : [...RESOURCES];
  const outcomes: ResourceOutcome[] = [];
  const answers: DatedAnswer[] = [];
  for (const resource of resources) outcomes.push(await checkOne(config, resource, asOf, fetchImpl, answers));
  // The date the dashboard will judge the figures at, by the same rule (the answers cut there on screen).
  const reportDate = resolveReportDate(asOf, answers);

  const strict = values.strict === true;
  const failed = outcomes.filter((o) => !o.ok || (strict && (o.dropped ?? 0) > 0));
  if (values.json) {
    io.out(
      JSON.stringify(
        { config: values.config, asOf, reportDate, ok: failed.length === 0, resources: outcomes },
        null,
        2,
      ),
    );
  } else {
    io.out(
      `checking ${values.config}${asOf ? ` as of ${asOf}` : ' (latest)'}${config.mock.enabled ? '\nnote: mock.enabled is true — in the browser the built-in mock answers /api/v1; this check uses the network' : ''}`,
    );
    for (const o of outcomes) print(o, io.out, strict);
    io.out(`report date the dashboard will use: ${describeReportDate(reportDate)}`);
    io.out(
      failed.length === 0
        ? 'every resource is usable'
        : `unusable: ${failed.map((o) => o.resource).join(', ')}`,
    );
  }
  return failed.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runCheck(process.argv.slice(2), { out: (l) => console.log(l) }).then((code) => process.exit(code));
}
