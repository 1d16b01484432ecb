import type { FieldMap, FieldSpec, Mapping } from './mapping-schema';
import { parsePath } from './path';

/*
 * Which column headers a plain field map reads from each request's sheet: the main request's own
 * fields, and, through joins, the columns of the joined requests. A sheet missing one of them is
 * refused with its name, instead of every row failing validation.
 */

const headerOf = (path: string): string | null => {
  const step = parsePath(path).find((s) => typeof s === 'string');
  return typeof step === 'string' ? step.replace(/\s+/g, '') : null;
};

type Columns = Map<string, Set<string>>;

function add(out: Columns, request: string, path: string | undefined) {
  if (path === undefined) return;
  const h = headerOf(path);
  if (!h) return;
  let set = out.get(request);
  if (!set) out.set(request, (set = new Set()));
  set.add(h);
}

function walkSpec(spec: FieldSpec, request: string, out: Columns) {
  if (typeof spec === 'string') return add(out, request, spec);
  if ('const' in spec) return;
  if ('from' in spec) {
    for (const [theirs, ours] of Object.entries(spec.match)) {
      add(out, request, ours);
      add(out, spec.from, theirs);
    }
    for (const k of Object.keys(spec.where ?? {})) add(out, spec.from, k);
    if (spec.fields) walkFields(spec.fields, spec.from, out);
    return;
  }
  if ('each' in spec) return add(out, request, spec.each);
  if ('fields' in spec) {
    if (spec.path !== undefined) return add(out, request, spec.path);
    return walkFields(spec.fields, request, out);
  }
  add(out, request, spec.path);
}

function walkFields(fields: FieldMap, request: string, out: Columns) {
  for (const spec of Object.values(fields)) walkSpec(spec, request, out);
}

/** Request name ("main" or an extra request's) → the headers read from it. Empty for JSONata mappings. */
export function columnsRead(mapping: Mapping): Map<string, string[]> {
  const out: Columns = new Map();
  if (!mapping.jsonata) {
    if (mapping.fields) walkFields(mapping.fields, 'main', out);
    for (const k of Object.keys(mapping.where ?? {})) add(out, 'main', k);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
