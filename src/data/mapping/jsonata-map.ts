import jsonata from 'jsonata';
import {
  toBoolean,
  toDate,
  toDateTime,
  toFraction,
  toInteger,
  toList,
  toNumber,
  toPercent,
  toText,
  type MonthDay,
} from './coerce';
import { MappingError } from './field-map';
import { getPath } from './path';

/*
 * JSONata mappings. JSONata is an expression language with its own parser and interpreter: it never
 * hands text to eval or new Function (checked in node_modules/jsonata/jsonata.js; the build keeps
 * the CSP without 'unsafe-eval'). Its guardrails stop an evaluation that runs too long, recurses too
 * deep or builds a giant sequence; in the browser the worker around it is also killed by a watchdog,
 * since a guardrail is only checked between steps.
 */

export const JSONATA_LIMITS = {
  /** Nested evaluation frames; ordinary mappings stay under 100. */
  stack: 500,
  /** Items in one sequence: 10 000 tasks × 60 progress reports fit, an accidental cross product does not. */
  sequence: 5_000_000,
} as const;

/** Blank becomes undefined, so JSONata leaves the key out of the object it builds (schema defaults apply). */
const orUndefined = (v: unknown) => (v === null ? undefined : v);

const asArray = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** An object that cannot be tricked into changing its prototype by a key such as "__proto__". */
function safeSet(o: Record<string, unknown>, k: string, v: unknown) {
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function groupBy(rows: unknown, key: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const r of asArray(rows)) {
    const k = getPath(r, key);
    if (k === undefined || k === null) continue;
    const ks = String(k).trim();
    const list = Object.prototype.hasOwnProperty.call(out, ks) ? out[ks] : undefined;
    if (list) list.push(r);
    else safeSet(out, ks, [r]);
  }
  return out;
}

function indexBy(rows: unknown, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const r of asArray(rows)) {
    const k = getPath(r, key);
    if (k === undefined || k === null) continue;
    const ks = String(k).trim();
    if (!Object.prototype.hasOwnProperty.call(out, ks)) safeSet(out, ks, r);
  }
  return out;
}

/** The helpers a mapping may call, the same coercions as the plain field maps use. */
export const JSONATA_HELPERS: Record<string, (...args: never[]) => unknown> = {
  date: (v: unknown, monthDay?: MonthDay) =>
    orUndefined(toDate(v, { monthDay: monthDay === 'start' ? 'start' : 'end' })),
  datetime: (v: unknown) => orUndefined(toDateTime(v)),
  percent: (v: unknown) => orUndefined(toPercent(v)),
  fraction: (v: unknown) => orUndefined(toFraction(v)),
  num: (v: unknown) => orUndefined(toNumber(v)),
  int: (v: unknown) => orUndefined(toInteger(v)),
  text: (v: unknown) => orUndefined(toText(v)),
  bool: (v: unknown) => orUndefined(toBoolean(v)),
  list: (v: unknown, separator?: string) => toList(v, typeof separator === 'string' ? separator : undefined),
  groupBy,
  indexBy,
};

interface JsonataFailure {
  code?: string;
  position?: number;
  token?: string;
  message?: string;
  value?: unknown;
}

function describeFailure(e: unknown, timeoutMs: number): string {
  const f = (e ?? {}) as JsonataFailure;
  if (f.code === 'D1012') return `the mapping ran longer than ${timeoutMs} ms and was stopped`;
  if (f.code === 'D1011')
    return `the mapping nests deeper than ${JSONATA_LIMITS.stack} levels (endless recursion?) and was stopped`;
  if (f.code === 'D2015')
    return `the mapping built a sequence of more than ${JSONATA_LIMITS.sequence} items and was stopped`;
  const where = typeof f.position === 'number' ? ` at character ${f.position}` : '';
  const token = f.token ? ` near "${String(f.token)}"` : '';
  return `JSONata ${f.code ?? 'error'}${where}${token}: ${f.message ?? String(e)}`;
}

const compiled = new Map<string, jsonata.Expression>();

function compile(expression: string, timeoutMs: number): jsonata.Expression {
  const key = `${timeoutMs}\u0000${expression}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  let expr: jsonata.Expression;
  try {
    expr = jsonata(expression, {
      timeout: timeoutMs,
      stack: JSONATA_LIMITS.stack,
      sequence: JSONATA_LIMITS.sequence,
    });
  } catch (e) {
    throw new MappingError(describeFailure(e, timeoutMs));
  }
  for (const [name, fn] of Object.entries(JSONATA_HELPERS))
    expr.registerFunction(name, fn as (...args: unknown[]) => unknown);
  // $eval parses JSONata (not JavaScript), but a mapping has no use for code built from data.
  expr.registerFunction('eval', () => {
    throw { code: 'X0001', message: '$eval is switched off in mappings' };
  });
  if (compiled.size > 50) compiled.clear();
  compiled.set(key, expr);
  return expr;
}

/** Checks an expression's syntax without running it; null when it parses. */
export function jsonataSyntaxError(expression: string): string | null {
  try {
    jsonata(expression);
    return null;
  } catch (e) {
    return describeFailure(e, 0);
  }
}

/**
 * Evaluates `expression` with the response as input and every other request as `$name`.
 * JSONata's sequences (arrays carrying extra flags) are returned as plain arrays.
 */
export async function evaluateJsonata(
  expression: string,
  input: unknown,
  bindings: Record<string, unknown>,
  timeoutMs: number,
): Promise<unknown> {
  const expr = compile(expression, timeoutMs);
  try {
    const out: unknown = await expr.evaluate(input, bindings);
    return out;
  } catch (e) {
    throw new MappingError(describeFailure(e, timeoutMs));
  }
}
