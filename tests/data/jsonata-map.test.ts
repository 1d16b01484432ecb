import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MappingError } from '../../src/data/mapping/field-map';
import { evaluateJsonata, jsonataSyntaxError } from '../../src/data/mapping/jsonata-map';

describe('JSONata mappings', () => {
  it('maps with the coercion helpers and joins other requests by $name', async () => {
    const out = await evaluateJsonata(
      "($byTask := $groupBy($reports.rows, 'id'); [rows.{ 'id': id, 'start': $date(ks), 'progress': [$lookup($byTask, id).{ 'date': $date(m), 'percent': $percent(p) }], 'share': $fraction(s), 'n': $num(n), 'f': $list(f), 'nameEn': $text(en), 'done': $date(wc) ?? null }])",
      { rows: [{ id: 'T01', ks: '2021年1月1日', s: 0.85, n: '2,100', f: 'C、T', en: '', wc: '' }] },
      { reports: { rows: [{ id: 'T01', m: '2021年6月', p: '60%' }] } },
      2000,
    );
    expect(out).toEqual([
      {
        id: 'T01',
        start: '2021-01-01',
        progress: [{ date: '2021-06-30', percent: 60 }],
        share: 85,
        n: 2100,
        f: ['C', 'T'],
        done: null,
      },
    ]);
  });

  it('keys like __proto__ in data cannot change a prototype through $groupBy', async () => {
    const out = (await evaluateJsonata(
      "$groupBy(rows, 'k')",
      { rows: JSON.parse('[{"k":"__proto__","v":1}]') },
      {},
      2000,
    )) as object;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__']);
  });

  it('stops a long-running evaluation at the timeout', async () => {
    const started = Date.now();
    const e = await evaluateJsonata('$count([1..3000].([1..1000].($ + 1)))', {}, {}, 200).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(MappingError);
    expect(String((e as Error).message)).toBe('the mapping ran longer than 200 ms and was stopped');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('stops a giant sequence', async () => {
    const e = await evaluateJsonata('$sum([1..9999999].($ * 2))', {}, {}, 60_000).catch((x: unknown) => x);
    expect(String((e as Error).message)).toMatch(/sequence of more than 5000000 items/);
  });

  it('stops deep recursion by depth, and endless tail recursion (which JSONata runs flat) by time', async () => {
    const deep = await evaluateJsonata(
      '($f := function($n) { $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))',
      {},
      {},
      60_000,
    ).catch((x: unknown) => x);
    expect(String((deep as Error).message)).toMatch(/nests deeper than 500 levels/);
    const endless = await evaluateJsonata('($f := function($n) { $f($n) }; $f(1))', {}, {}, 300).catch(
      (x: unknown) => x,
    );
    expect(String((endless as Error).message)).toBe('the mapping ran longer than 300 ms and was stopped');
  });

  it('has $eval switched off', async () => {
    const e = await evaluateJsonata('$eval("1 + 1")', {}, {}, 1000).catch((x: unknown) => x);
    expect(String((e as Error).message)).toMatch(/\$eval is switched off/);
  });

  it('reports syntax errors with their position', () => {
    expect(jsonataSyntaxError('rows.{ "id": }')).toMatch(/at character \d+/);
    expect(jsonataSyntaxError('rows.id')).toBeNull();
  });

  it('the jsonata library contains no eval or new Function', () => {
    const src = readFileSync(new URL('../../node_modules/jsonata/jsonata.js', import.meta.url), 'utf8');
    expect(src).not.toMatch(/new\s+Function\s*\(/);
    expect(src).not.toMatch(/[^.\w$]eval\s*\(/);
    expect(src).not.toMatch(/[^.\w]Function\s*\(\s*['"`]/);
  });
});
