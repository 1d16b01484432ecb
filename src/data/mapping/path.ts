/*
 * Field paths for plain mappings: `rows`, `result.records`, `data[0].统计日期`, `a["x.y"]`.
 * Empty or "$" is the value itself. Parsed once, then read with a loop: mappings run over 10 000 rows.
 */

export type PathStep = string | number;

const cache = new Map<string, PathStep[]>();

export class PathSyntaxError extends Error {
  constructor(path: string, reason: string) {
    super(`bad path ${JSON.stringify(path)}: ${reason}`);
    this.name = 'PathSyntaxError';
  }
}

export function parsePath(path: string): PathStep[] {
  const hit = cache.get(path);
  if (hit) return hit;
  const steps: PathStep[] = [];
  let s = path.trim();
  if (s === '$' || s === '') {
    cache.set(path, steps);
    return steps;
  }
  if (s.startsWith('$.')) s = s.slice(2);
  else if (s.startsWith('$[')) s = s.slice(1);
  let i = 0;
  let name = '';
  const flush = () => {
    if (name !== '') steps.push(name);
    name = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '.') {
      if (name === '' && (i === 0 || s[i - 1] === '.')) throw new PathSyntaxError(path, `empty name at ${i}`);
      flush();
      i += 1;
    } else if (c === '[') {
      flush();
      const close = s.indexOf(']', i);
      if (close < 0) throw new PathSyntaxError(path, 'missing ]');
      const inner = s.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) steps.push(Number(inner));
      else if (/^(["']).*\1$/.test(inner)) steps.push(inner.slice(1, -1));
      else throw new PathSyntaxError(path, `[${inner}] is neither an index nor a quoted name`);
      i = close + 1;
    } else {
      name += c;
      i += 1;
    }
  }
  flush();
  cache.set(path, steps);
  return steps;
}

export function getPath(value: unknown, path: string | PathStep[]): unknown {
  const steps = typeof path === 'string' ? parsePath(path) : path;
  let v = value;
  for (const step of steps) {
    if (v === null || typeof v !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(v)) return undefined;
      v = v[step];
    } else {
      // Own properties only: a path like "__proto__" or "constructor" must not reach the prototype.
      if (!Object.prototype.hasOwnProperty.call(v, step)) return undefined;
      v = (v as Record<string, unknown>)[step];
    }
  }
  return v;
}

/** `rows` + `3` + `ksrq` → `rows[3].ksrq`, for messages that point into the source response. */
export function joinPath(...parts: Array<string | number>): string {
  return parts.reduce<string>((acc, p) => {
    if (typeof p === 'number') return `${acc}[${p}]`;
    if (p === '' || p === '$') return acc;
    if (p.startsWith('[')) return `${acc}${p}`;
    return acc ? `${acc}.${p}` : p;
  }, '');
}
