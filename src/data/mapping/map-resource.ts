import { planSchema, RESOURCES, type ResourceName, type SnapshotMeta } from '../../domain/schemas';
import { joinBytes, parseJsonText, type TextResponse } from '../api-client';
import { ApiError, namingRequest } from '../errors';
import { validateList, validatePlan, type ResourceResult } from '../validate';
import { describeValue, toRowIssues } from '../validation-report';
import { beijingDateTime, toDate, toDateTime, toText } from './coerce';
import { applyFieldMap, applyFieldSpec, MappingError, sourceOfField, type Extras } from './field-map';
import { evaluateJsonata } from './jsonata-map';
import type { Mapping } from './mapping-schema';
import { getPath } from './path';
import type { SheetSpec } from '../sheets/sheet-spec';
import type { SheetRows } from '../sheets/sheet-rows';

/** One response body as received, parsed where the mapping runs (off the main thread in the app). */
export interface JobResponse extends TextResponse {
  /** "main", or the name of an extra request (`$name` in JSONata, `from` in joins). */
  name: string;
  shownUrl: string;
  /** Set when the answer is a spreadsheet: its bytes are in `bytes`, read with this. */
  sheet?: SheetSpec;
}

/** Everything a mapping run needs; plain data, so it can be posted to a worker. */
export interface MapJob {
  resource: ResourceName;
  mapping: Mapping;
  /** The main response first, then the extra requests'. */
  responses: JobResponse[];
  /** The as-of date asked for; null for "latest". */
  requestedAsOf: string | null;
  /** Today in Beijing, for a "latest" answer that does not say its date. */
  today: string;
  /** Shown as meta.source when the response does not name itself. */
  defaultSource: string;
  receivedAt: number;
  /** Also return the first N mapped rows as the mapping made them, before validation (the playground). */
  preview?: number;
}

/** A job with its bodies parsed. */
interface Parsed extends Omit<MapJob, 'responses'> {
  input: unknown;
  extras: Extras;
  url: string;
  /** The main answer's sheet, when it is a spreadsheet: for meta and for naming cells in the report. */
  sheet: SheetRows | null;
  /** What the spreadsheet readers noted (a month without its sheet), by request. */
  notes: string[];
}

/** The rows of every spreadsheet answer; the reader is loaded only when a job has one. */
async function readSheets(job: MapJob): Promise<Map<string, SheetRows>> {
  const out = new Map<string, SheetRows>();
  if (!job.responses.some((r) => r.sheet)) return out;
  const [{ readSheet, SheetError }, { columnsRead }] = await Promise.all([
    import('../sheets/read-sheet'),
    import('./sheet-columns'),
  ]);
  const wanted = columnsRead(job.mapping);
  for (const r of job.responses) {
    if (!r.sheet) continue;
    try {
      out.set(
        r.name,
        readSheet({
          bytes: r.bytes ? joinBytes(r.bytes) : new TextEncoder().encode(r.text),
          url: r.shownUrl,
          contentType: r.contentType,
          spec: r.sheet,
          wanted: wanted.get(r.name) ?? [],
        }),
      );
    } catch (e) {
      if (!(e instanceof SheetError)) throw e;
      throw new ApiError({
        kind: 'parse',
        resource: job.resource,
        url: r.shownUrl,
        status: r.status,
        reason: r.name === 'main' ? e.message : `request "${r.name}": ${e.message}`,
      });
    }
  }
  return out;
}

async function parseAll(job: MapJob): Promise<Parsed> {
  const [main, ...rest] = job.responses;
  if (!main) throw new Error('a mapping job needs at least the main response');
  const sheets = await readSheets(job);
  const parse = (r: JobResponse) => {
    const sheet = sheets.get(r.name);
    if (sheet) return sheet.rows;
    try {
      return parseJsonText(job.resource, r.shownUrl, r);
    } catch (e) {
      throw namingRequest(e, r.name);
    }
  };
  const extras: Extras = {};
  for (const r of rest) extras[r.name] = parse(r);
  const { responses: _responses, ...restOfJob } = job;
  const notes = [...sheets].flatMap(([name, s]) =>
    (s.notes ?? []).map((n) => (name === 'main' ? n : `request "${name}": ${n}`)),
  );
  return {
    ...restOfJob,
    input: parse(main),
    extras,
    url: main.shownUrl,
    sheet: sheets.get('main') ?? null,
    notes,
  };
}

/**
 * `[3].完成期限` (what sourceOfField says for a row of a sheet) as the office sees it:
 * `sheet "任务", row 12, column "完成期限" (cell E12)`. A joined request's description is kept as it is.
 */
function sheetSource(sheet: SheetRows, index: number, where: string): string {
  const m = /^\[(\d+)\](?:\.([^.[]+)|\["([^"]+)"\])?/.exec(where);
  if (!m) return where;
  const header = m[2] ?? m[3] ?? null;
  const c = header === null ? undefined : sheet.columns.get(header);
  const i = Number(m[1] ?? index);
  const row = sheet.excelRows[i];
  const at = `sheet "${sheet.rowSheets?.[i] ?? sheet.sheet}", row ${row ?? '?'}`;
  if (header === null) return at;
  // A month's date filled in by the reader has no cell (-1).
  return c === undefined || c < 0
    ? `${at}, column "${header}"`
    : `${at}, column "${header}" (cell ${columnName(c)}${row})`;
}

/** 0 → A, 27 → AB (the same as the reader's, without loading it). */
const columnName = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** What the source did not say and the app had to assume; the data-health page lists it. */
export type AssumedMeta = 'asOf' | 'source' | 'generatedAt';

export interface MappedResult extends ResourceResult<unknown> {
  assumed: AssumedMeta[];
  /** Time spent mapping and validating, ms. */
  mappingMs: number;
  /** The mapping's own output (first `preview` rows), when asked for. */
  preview?: unknown;
  /** What the source's reader noted for the person checking it (a month without its sheet); absent when none. */
  notes?: string[];
}

const fail = (job: Parsed, kind: 'mapping' | 'source', reason: string, detail?: string) =>
  new ApiError({ kind, resource: job.resource, url: job.url, reason, detail });

function checkSuccess(job: Parsed): void {
  const s = job.mapping.success;
  if (!s) return;
  const got = getPath(job.input, s.path);
  const ok = s.equals.some(
    (want) =>
      got === want || (got !== null && got !== undefined && want !== null && String(got) === String(want)),
  );
  if (ok) return;
  const msg = s.message ? getPath(job.input, s.message) : undefined;
  throw fail(
    job,
    'source',
    `the API reported an error: ${s.path} = ${describeValue(got)}`,
    // The API's own words are upstream text: /data-health shows them, the banners do not.
    typeof msg === 'string' && msg ? msg : undefined,
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

interface Mapped {
  data: unknown;
  meta: Record<string, unknown>;
  sourceIndex: number[] | null;
}

async function runMapping(job: Parsed, isList: boolean): Promise<Mapped> {
  const { mapping } = job;
  if (mapping.jsonata) {
    let out = await evaluateJsonata(mapping.jsonata, job.input, job.extras, mapping.timeoutMs);
    let meta: Record<string, unknown> = {};
    // `{ meta, data }`: the plan never has a field named data, and a list is an array.
    if (isRecord(out) && 'data' in out) {
      meta = isRecord(out.meta) ? out.meta : {};
      out = out.data;
    }
    // JSONata returns a lone object for a one-row sequence and nothing for an empty one.
    if (isList) out = out === undefined ? [] : Array.isArray(out) ? Array.from(out) : [out];
    if (!isList && out === undefined) throw new MappingError('the expression returned nothing for the plan');
    return { data: out, meta, sourceIndex: null };
  }
  const r = applyFieldMap(job.input, mapping, job.extras, isList ? 'list' : 'document');
  return { data: r.data, meta: {}, sourceIndex: r.sourceIndex };
}

function resolveMeta(
  job: Parsed,
  fromExpression: Record<string, unknown>,
): { meta: Record<string, unknown>; assumed: AssumedMeta[] } {
  const given =
    isRecord(job.input) && isRecord(job.input.meta)
      ? job.input.meta
      : job.sheet?.asOf !== undefined
        ? { asOf: job.sheet.asOf }
        : {};
  const spec = job.mapping.meta ?? {};
  const pick = (field: AssumedMeta): unknown => {
    const s = spec[field];
    if (s !== undefined) return applyFieldSpec(job.input, s, job.extras);
    if (fromExpression[field] !== undefined) return fromExpression[field];
    return given[field];
  };
  const assumed: AssumedMeta[] = [];
  const orAssume = (field: AssumedMeta, v: unknown, fallback: unknown) => {
    if (v !== undefined && v !== null && v !== '') return v;
    assumed.push(field);
    return fallback;
  };
  const nowIso = beijingDateTime(job.receivedAt);
  return {
    meta: {
      asOf: orAssume('asOf', toDate(pick('asOf')), job.requestedAsOf ?? job.today),
      source: orAssume('source', toText(pick('source')), job.defaultSource),
      generatedAt: orAssume('generatedAt', toDateTime(pick('generatedAt')), nowIso),
    },
    assumed,
  };
}

/**
 * The one path from a foreign response to validated canonical data, used by the app (in a worker),
 * the playground and `npm run check-source`: success flag → mapping → meta → row-by-row validation.
 */
export async function mapAndValidate(rawJob: MapJob): Promise<MappedResult> {
  const started = performance.now();
  if (!(RESOURCES as readonly string[]).includes(rawJob.resource))
    throw new Error(`unknown resource ${rawJob.resource}`);
  const job = await parseAll(rawJob);
  checkSuccess(job);
  const isList = job.resource !== 'plan';
  let mapped: Mapped;
  try {
    mapped = await runMapping(job, isList);
  } catch (e) {
    if (e instanceof MappingError) throw fail(job, 'mapping', `mapping failed: ${e.message}`);
    throw e;
  }
  const { meta, assumed } = resolveMeta(job, mapped.meta);
  const envelope = { meta, data: mapped.data };
  // The playground wants every failure of an invalid plan listed, not the first one thrown.
  if (job.preview && job.resource === 'plan') {
    const parsed = planSchema.safeParse(mapped.data);
    if (!parsed.success && isRecord(mapped.data)) {
      const issues = toRowIssues(0, mapped.data, parsed.error);
      return {
        meta: meta as unknown as SnapshotMeta,
        data: null,
        report: {
          resource: 'plan',
          received: 1,
          kept: 0,
          dropped: 1,
          issues,
          issueCount: issues.length,
          fieldCounts: [],
        },
        receivedAt: job.receivedAt,
        assumed,
        mappingMs: Math.round(performance.now() - started),
        preview: mapped.data,
      };
    }
  }
  const result: ResourceResult<unknown> =
    job.resource === 'plan'
      ? validatePlan(job.url, envelope, job.receivedAt)
      : validateList(job.resource as Exclude<ResourceName, 'plan'>, job.url, envelope, job.receivedAt);

  // Point each failure at the field of the response it came from, when a plain field map tells us.
  if (!job.mapping.jsonata) {
    for (const issue of result.report.issues) {
      const src = mapped.sourceIndex?.[issue.index] ?? issue.index;
      const where = sourceOfField(job.mapping, src, issue.path === '(row)' ? '' : issue.path);
      if (where) issue.source = job.sheet ? sheetSource(job.sheet, src, where) : where;
    }
  }
  const out: MappedResult = { ...result, assumed, mappingMs: Math.round(performance.now() - started) };
  if (job.notes.length > 0) out.notes = job.notes;
  if (job.preview) out.preview = Array.isArray(mapped.data) ? mapped.data.slice(0, job.preview) : mapped.data;
  return out;
}
