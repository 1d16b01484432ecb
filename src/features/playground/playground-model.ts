import { describeConfigError, parseConfig, type AppConfig } from '../../data/config';
import { mappingSchema, type Mapping } from '../../data/mapping/mapping-schema';
import type { ResourceName } from '../../domain/codes';
import ledger from '../../../examples/ledger.config.json';
import opendata from '../../../examples/opendata.config.json';
import sheet from '../../../examples/sheet.config.json';

/*
 * The playground's editor state and how it turns into a mapping and a config. Pure, so it is tested
 * without a browser; the page only wires it to text areas and the mapping worker.
 */

export type EditorMode = 'jsonata' | 'fields';

export interface EditorState {
  mode: EditorMode;
  /** The JSONata expression, as plain text (no JSON escaping). */
  expression: string;
  /** The rest of the mapping as JSON: for JSONata `meta`, `success`, `timeoutMs`; for a field map all of it. */
  settings: string;
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2);

/** What a new resource starts with: the canonical envelope taken as it is. */
const STARTER_FIELDS = { rows: 'data', meta: { asOf: { path: 'meta.asOf', type: 'date' } } };
const STARTER_EXPRESSION = 'data';

export function editorFromMapping(
  mapping: Mapping | undefined,
  preferred: EditorMode = 'jsonata',
): EditorState {
  if (!mapping) {
    return preferred === 'jsonata'
      ? { mode: 'jsonata', expression: STARTER_EXPRESSION, settings: pretty({ meta: STARTER_FIELDS.meta }) }
      : { mode: 'fields', expression: '', settings: pretty(STARTER_FIELDS) };
  }
  const { jsonata, timeoutMs, ...rest } = mapping;
  const extra = timeoutMs === mappingSchema.parse({}).timeoutMs ? {} : { timeoutMs };
  if (jsonata) return { mode: 'jsonata', expression: jsonata, settings: pretty({ ...rest, ...extra }) };
  return { mode: 'fields', expression: '', settings: pretty({ ...rest, ...extra }) };
}

export type MappingResult =
  { ok: true; mapping: Mapping; input: Record<string, unknown> } | { ok: false; error: string };

/** The editors' text as a validated mapping, or the first mistake with its place. */
export function mappingFromEditor(state: EditorState): MappingResult {
  let settings: unknown = {};
  if (state.settings.trim() !== '') {
    try {
      settings = JSON.parse(state.settings);
    } catch (e) {
      return { ok: false, error: `JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings))
    return { ok: false, error: 'JSON: expected an object { … }' };
  const input: Record<string, unknown> = { ...(settings as Record<string, unknown>) };
  if (state.mode === 'jsonata') {
    delete input.rows;
    delete input.fields;
    delete input.where;
    // Lines, so the downloaded config.json stays readable.
    input.jsonata = state.expression.split('\n');
  } else {
    delete input.jsonata;
  }
  const parsed = mappingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: describeConfigError(parsed.error) };
  return { ok: true, mapping: parsed.data, input };
}

/** The config to download: the one in use, with this resource's mapping replaced. */
export function configWithMapping(
  config: AppConfig,
  resource: ResourceName,
  mappingInput: Record<string, unknown>,
): string {
  const json = JSON.parse(JSON.stringify(config)) as { resources: Record<string, Record<string, unknown>> };
  const own = json.resources[resource] ?? {};
  json.resources[resource] = { ...own, mapping: mappingInput };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const EXAMPLES = { ledger, sheet, opendata } as const;
export type ExampleName = keyof typeof EXAMPLES;
export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as ExampleName[];
const EXAMPLE_ORIGIN = 'http://127.0.0.1:8787';

/**
 * An example config. With the built-in mock running, its API addresses are made relative so the
 * mock in this very page answers them; otherwise they stay as written (a local `npm run mock:server`).
 */
export function exampleConfig(name: ExampleName, mockEnabled: boolean): AppConfig {
  const text = JSON.stringify(EXAMPLES[name]);
  return parseConfig(
    JSON.parse(mockEnabled ? text.replaceAll(EXAMPLE_ORIGIN, '') : text),
    `examples/${name}.config.json`,
  );
}

/** A spreadsheet dropped on a sample: read in the mapping worker like a fetched one. */
export interface SampleFile {
  fileName: string;
  size: number;
  bytes: Uint8Array;
  /** The sheet to read; the configured one, or the first, when blank. */
  sheetName: string;
}

export interface Sample {
  /** "main" or an extra request's name (`$name` in JSONata, `from` in joins). */
  name: string;
  text: string;
  file?: SampleFile;
}

/** One sample per request of the resource: the main one, then each of `requests`. */
export function samplesFor(
  config: AppConfig,
  resource: ResourceName,
  previous: readonly Sample[] = [],
): Sample[] {
  const names = ['main', ...(config.resources[resource]?.requests ?? []).map((r) => r.name)];
  return names.map((name) => {
    const before = previous.find((s) => s.name === name);
    return { name, text: before?.text ?? '', ...(before?.file ? { file: before.file } : {}) };
  });
}

/** A JSON answer indented for the text box; big ones as they came (re-indenting megabytes would stall the page). */
export function tidyJson(text: string): string {
  if (text.length > 2_000_000) return text;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
