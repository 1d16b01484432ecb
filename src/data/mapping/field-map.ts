import { coerce, type CoerceType } from './coerce';
import type { EachSpec, FieldMap, FieldSpec, JoinSpec, ValueSpec } from './mapping-schema';
import { getPath, joinPath, parsePath, type PathStep } from './path';

/*
 * Plain field maps: compiled once into closures, then run over every row. No expression language,
 * nothing evaluated: paths are read, value tables looked up, types coerced.
 */

/** A mistake in the mapping itself (not in the data): the resource fails with this message. */
export class MappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MappingError';
  }
}

/** The other requests of the resource, by name, for joins. */
export type Extras = Record<string, unknown>;

interface Ctx {
  extras: Extras;
  /** Join indexes, built once per run: `from|rows|keys` → key → rows. */
  indexes: Map<string, Map<string, unknown[]>>;
}

/** Returns the field's value, or OMIT to leave the field out. */
const OMIT = Symbol('omit');
type Compiled = (row: unknown, ctx: Ctx) => unknown;

const blankish = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

const keyOf = (v: unknown) => (v === undefined || v === null ? '' : String(v).trim());

function lookup(table: Record<string, unknown> | undefined, v: unknown): unknown {
  if (!table || v === undefined || v === null) return v;
  const k = keyOf(v);
  return Object.prototype.hasOwnProperty.call(table, k) ? table[k] : v;
}

function convert(
  v: unknown,
  spec: { type?: CoerceType; map?: Record<string, unknown> } & Partial<ValueSpec>,
): unknown {
  if (spec.type === 'list') {
    const list = coerce('list', v, { separator: spec.separator });
    return Array.isArray(list) && spec.map ? list.map((x) => lookup(spec.map, x)) : list;
  }
  const mapped = lookup(spec.map, v);
  return spec.type
    ? coerce(spec.type, mapped, { monthDay: spec.monthDay, separator: spec.separator })
    : mapped;
}

function withDefault(spec: object, v: unknown): unknown {
  if (!blankish(v)) return v;
  return 'default' in spec ? (spec as { default: unknown }).default : OMIT;
}

function compileWhere(where: Record<string, unknown> | undefined): ((row: unknown) => boolean) | null {
  if (!where) return null;
  const tests = Object.entries(where).map(([p, want]) => [parsePath(p), want] as const);
  return (row) =>
    tests.every(([p, want]) => {
      const got = getPath(row, p);
      return (
        got === want || (want !== null && got !== null && got !== undefined && keyOf(got) === keyOf(want))
      );
    });
}

function sorter(field: string | undefined) {
  if (!field) return null;
  return (a: unknown, b: unknown) => {
    const x = (a as Record<string, unknown>)?.[field];
    const y = (b as Record<string, unknown>)?.[field];
    if (x === y) return 0;
    if (x === undefined || x === null) return 1;
    if (y === undefined || y === null) return -1;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  };
}

/** Maps the items of an array: objects through `fields`, scalars through `type`/`map`. */
function compileItems(spec: EachSpec | JoinSpec): (items: unknown[], ctx: Ctx) => unknown[] {
  const where = compileWhere(spec.where);
  const fields = spec.fields ? compileFields(spec.fields) : null;
  const sort = sorter(spec.sortBy);
  return (items, ctx) => {
    const out: unknown[] = [];
    for (const item of items) {
      if (where && !where(item)) continue;
      const v = fields ? fields(item, ctx) : convert(item, spec);
      if (v === OMIT || (!fields && blankish(v))) continue;
      out.push(v);
    }
    return sort ? out.sort(sort) : out;
  };
}

function compileJoin(spec: JoinSpec): Compiled {
  const theirs = Object.keys(spec.match).map((p) => parsePath(p));
  const ours = Object.values(spec.match).map((p) => parsePath(p));
  const rowsPath = parsePath(spec.rows ?? '');
  const indexKey = `${spec.from}|${spec.rows ?? ''}|${Object.keys(spec.match).join(',')}`;
  const items = compileItems(spec);
  const key = (row: unknown, paths: PathStep[][]) => paths.map((p) => keyOf(getPath(row, p))).join('\u0000');

  const indexFor = (ctx: Ctx): Map<string, unknown[]> => {
    const hit = ctx.indexes.get(indexKey);
    if (hit) return hit;
    if (!Object.prototype.hasOwnProperty.call(ctx.extras, spec.from)) {
      throw new MappingError(
        `join: no request named "${spec.from}" (requests: ${Object.keys(ctx.extras).join(', ') || 'none'})`,
      );
    }
    const rows = getPath(ctx.extras[spec.from], rowsPath);
    if (!Array.isArray(rows)) {
      throw new MappingError(
        `join: in request "${spec.from}", "${spec.rows ?? '$'}" is not an array of rows`,
      );
    }
    const index = new Map<string, unknown[]>();
    for (const r of rows) {
      const k = key(r, theirs);
      const list = index.get(k);
      if (list) list.push(r);
      else index.set(k, [r]);
    }
    ctx.indexes.set(indexKey, index);
    return index;
  };

  return (row, ctx) => {
    const matched = indexFor(ctx).get(key(row, ours)) ?? [];
    const mapped = items(matched, ctx);
    if (spec.first) return withDefault(spec, mapped[0]);
    // No matching rows: left out, so an optional list (a target's trajectory) stays absent, not [].
    return mapped.length > 0 ? mapped : withDefault(spec, undefined);
  };
}

function compileSpec(spec: FieldSpec): Compiled {
  if (typeof spec === 'string') return compileSpec({ path: spec });
  if ('const' in spec) return () => spec.const;
  if ('from' in spec) return compileJoin(spec);
  if ('each' in spec) {
    const path = parsePath(spec.each);
    const items = compileItems(spec);
    return (row, ctx) => {
      const v = getPath(row, path);
      if (blankish(v)) return withDefault(spec, undefined);
      // Not an array: passed on as it is, so validation says "expected array, got …".
      if (!Array.isArray(v)) return v;
      const mapped = items(v, ctx);
      return mapped.length > 0 ? mapped : withDefault(spec, undefined);
    };
  }
  if ('fields' in spec) {
    const path = spec.path === undefined ? null : parsePath(spec.path);
    const fields = compileFields(spec.fields);
    return (row, ctx) => {
      const base = path ? getPath(row, path) : row;
      if (blankish(base)) return withDefault(spec, undefined);
      return withDefault(spec, fields(base, ctx, true));
    };
  }
  const path = parsePath(spec.path);
  return (row) => withDefault(spec, convert(getPath(row, path), spec));
}

/**
 * An object from a row. With `omitWhenEmpty`, an object none of whose read fields has a value is
 * left out entirely (an optional `location` or `manualStatus` whose cells are all blank).
 */
function compileFields(map: FieldMap): (row: unknown, ctx: Ctx, omitWhenEmpty?: boolean) => unknown {
  const entries = Object.entries(map).map(([name, spec]) => {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') {
      throw new MappingError(`field name "${name}" is not allowed`);
    }
    const isConst = typeof spec === 'object' && spec !== null && 'const' in spec;
    return [name, compileSpec(spec), isConst] as const;
  });
  return (row, ctx, omitWhenEmpty = false) => {
    const out: Record<string, unknown> = {};
    let read = 0;
    for (const [name, fn, isConst] of entries) {
      const v = fn(row, ctx);
      if (v === OMIT) continue;
      out[name] = v;
      if (!isConst) read += 1;
    }
    return omitWhenEmpty && read === 0 ? undefined : out;
  };
}

export interface FieldMapResult {
  /** The mapped rows (or the mapped plan object, for a single document). */
  data: unknown;
  /** Position of each mapped row in the source array, when rows were filtered. */
  sourceIndex: number[] | null;
}

/**
 * Applies `rows` / `where` / `fields` to a response. A list resource needs an array at `rows`; the
 * plan needs an object. Without `fields` the rows are taken as they are.
 */
export function applyFieldMap(
  input: unknown,
  mapping: { rows?: string; where?: Record<string, unknown>; fields?: FieldMap },
  extras: Extras,
  kind: 'list' | 'document',
): FieldMapResult {
  const rowsPath = mapping.rows ?? '';
  const at = getPath(input, rowsPath);
  const ctx: Ctx = { extras, indexes: new Map() };
  const fields = mapping.fields ? compileFields(mapping.fields) : null;
  if (kind === 'document') {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) {
      throw new MappingError(
        `"rows": ${JSON.stringify(rowsPath || '$')} should point at one object, got ${Array.isArray(at) ? 'an array' : at === undefined ? 'nothing' : typeof at}`,
      );
    }
    return { data: fields ? fields(at, ctx) : at, sourceIndex: null };
  }
  if (!Array.isArray(at)) {
    throw new MappingError(
      `"rows": ${JSON.stringify(rowsPath || '$')} should point at an array of rows, got ${at === undefined ? 'nothing' : at === null ? 'null' : typeof at}`,
    );
  }
  const where = compileWhere(mapping.where);
  const data: unknown[] = [];
  const sourceIndex: number[] = [];
  at.forEach((row, i) => {
    if (where && !where(row)) return;
    data.push(fields ? fields(row, ctx) : row);
    sourceIndex.push(i);
  });
  return { data, sourceIndex: where ? sourceIndex : null };
}

/** Evaluates one field spec against a root value (for meta.asOf and friends). */
export function applyFieldSpec(root: unknown, spec: FieldSpec, extras: Extras): unknown {
  const v = compileSpec(spec)(root, { extras, indexes: new Map() });
  return v === OMIT ? undefined : v;
}

/**
 * Where a canonical field of a mapped row came from, e.g. `rows[3].ksrq` for `start`, so a report
 * can point the deployer at the source field. Best effort: null when it cannot tell.
 */
export function sourceOfField(
  mapping: { rows?: string; fields?: FieldMap },
  sourceRow: number,
  fieldPath: string,
): string | null {
  const base = joinPath(mapping.rows ?? '', sourceRow);
  if (!mapping.fields) return joinPath(base, fieldPath);
  const steps = fieldPath.split(/\.|(?=\[)/).filter(Boolean);
  let fields: FieldMap | undefined = mapping.fields;
  let at = base;
  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i]!;
    if (step.startsWith('[')) {
      at = `${at}${step}`;
      continue;
    }
    const spec: FieldSpec | undefined = fields?.[step];
    if (spec === undefined) return at === base ? null : at;
    if (typeof spec === 'string') return joinPath(at, spec);
    if ('const' in spec) return null;
    if ('from' in spec)
      return `request "${spec.from}" ${spec.rows ?? '$'} (rows matching ${Object.entries(spec.match)
        .map(([t, o]) => `${t} = ${o}`)
        .join(', ')})`;
    if ('each' in spec) {
      at = joinPath(at, spec.each);
      fields = spec.fields;
      continue;
    }
    if ('fields' in spec) {
      if (spec.path) at = joinPath(at, spec.path);
      fields = spec.fields;
      continue;
    }
    return joinPath(at, spec.path) + steps.slice(i + 1).join('');
  }
  return at;
}
