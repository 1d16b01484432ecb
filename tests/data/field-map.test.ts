import { describe, expect, it } from 'vitest';
import { applyFieldMap, applyFieldSpec, MappingError, sourceOfField } from '../../src/data/mapping/field-map';
import { mappingSchema } from '../../src/data/mapping/mapping-schema';
import { getPath, parsePath, PathSyntaxError } from '../../src/data/mapping/path';

const mapping = (m: unknown) => mappingSchema.parse(m);

describe('paths', () => {
  it('reads dotted names, indexes and quoted names', () => {
    const doc = { a: { b: [{ c: 1 }, { 'x.y': 2, 统计日期: '2021/6/30' }] } };
    expect(getPath(doc, 'a.b[0].c')).toBe(1);
    expect(getPath(doc, 'a.b[1]["x.y"]')).toBe(2);
    expect(getPath(doc, "a.b[1]['统计日期']")).toBe('2021/6/30');
    expect(getPath(doc, '$.a.b[1].统计日期')).toBe('2021/6/30');
    expect(getPath([{ d: 3 }], '[0].d')).toBe(3);
    expect(getPath(doc, '')).toBe(doc);
    expect(getPath(doc, 'a.missing.c')).toBeUndefined();
  });

  it('never reaches the prototype', () => {
    expect(getPath({}, 'constructor')).toBeUndefined();
    expect(getPath({}, '__proto__')).toBeUndefined();
    expect(getPath({ a: 1 }, 'a.toString')).toBeUndefined();
  });

  it('rejects malformed paths', () => {
    expect(() => parsePath('a[x]')).toThrow(PathSyntaxError);
    expect(() => parsePath('a..b')).toThrow(PathSyntaxError);
    expect(() => parsePath('a[0')).toThrow(PathSyntaxError);
  });
});

describe('field maps', () => {
  const ledger = {
    code: 200,
    rows: [
      {
        rwbh: 'T01',
        xh: '1',
        gn: 'C、T',
        ksrq: '2021年1月1日',
        wcrq: '',
        zt: '滞后',
        jd: '121.45',
        wd: '31.01',
        bq: '',
        sub: [{ d: '2021/6/30', v: '85%' }],
      },
      {
        rwbh: 'T02',
        xh: '2',
        gn: 'O',
        ksrq: '2021/13/1',
        wcrq: '2023年9月',
        zt: '未知',
        jd: '',
        wd: '',
        sub: [],
      },
    ],
  };
  const reports = {
    data: [
      { id: 'T01', m: '2021年5月', p: '50%' },
      { id: 'T01', m: '2021年6月', p: '60%' },
      { id: 'T03', m: '2021年6月', p: '1%' },
    ],
  };

  const m = mapping({
    rows: 'rows',
    fields: {
      id: 'rwbh',
      order: { path: 'xh', type: 'integer' },
      functions: { path: 'gn', type: 'list' },
      start: { path: 'ksrq', type: 'date' },
      completedOn: { path: 'wcrq', type: 'date' },
      actual: { path: 'wcrq', type: 'date', default: null },
      status: { path: 'zt', map: { 滞后: 'lagging' } },
      location: { fields: { lng: { path: 'jd', type: 'number' }, lat: { path: 'wd', type: 'number' } } },
      label: 'bq',
      kind: { const: 'project' },
      points: {
        each: 'sub',
        fields: { date: { path: 'd', type: 'date' }, percent: { path: 'v', type: 'percent' } },
      },
      progress: {
        from: 'reports',
        rows: 'data',
        match: { id: 'rwbh' },
        fields: { date: { path: 'm', type: 'date' }, percent: { path: 'p', type: 'percent' } },
      },
      latest: {
        from: 'reports',
        rows: 'data',
        match: { id: 'rwbh' },
        fields: { percent: { path: 'p', type: 'percent' } },
        first: true,
      },
    },
  });

  it('maps paths, types, value tables, constants, nested objects, arrays and joins', () => {
    const { data } = applyFieldMap(ledger, m, { reports }, 'list');
    expect(data).toEqual([
      {
        id: 'T01',
        order: 1,
        functions: ['C', 'T'],
        start: '2021-01-01',
        actual: null,
        status: 'lagging',
        location: { lng: 121.45, lat: 31.01 },
        kind: 'project',
        points: [{ date: '2021-06-30', percent: 85 }],
        progress: [
          { date: '2021-05-31', percent: 50 },
          { date: '2021-06-30', percent: 60 },
        ],
        latest: { percent: 50 },
      },
      // Unreadable values pass through unchanged for validation to report; blank ones are left out.
      {
        id: 'T02',
        order: 2,
        functions: ['O'],
        start: '2021/13/1',
        completedOn: '2023-09-30',
        actual: '2023-09-30',
        status: '未知',
        kind: 'project',
      },
    ]);
  });

  it('filters rows with where and keeps their source positions', () => {
    const r = applyFieldMap(
      {
        rows: [
          { k: 'a', t: 1 },
          { k: 'b', t: 2 },
          { k: 'c', t: 1 },
        ],
      },
      mapping({ rows: 'rows', where: { t: 1 }, fields: { id: 'k' } }),
      {},
      'list',
    );
    expect(r.data).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(r.sourceIndex).toEqual([0, 2]);
  });

  it('takes rows as they are without fields, and one object for a document', () => {
    expect(applyFieldMap({ items: [{ id: 1 }] }, mapping({ rows: 'items' }), {}, 'list').data).toEqual([
      { id: 1 },
    ]);
    expect(
      applyFieldMap({ data: { id: 'p' } }, mapping({ rows: 'data', fields: { name: 'id' } }), {}, 'document')
        .data,
    ).toEqual({ name: 'p' });
  });

  it('says what is wrong with the mapping itself', () => {
    expect(() => applyFieldMap({ rows: {} }, mapping({ rows: 'rows' }), {}, 'list')).toThrow(
      /should point at an array of rows, got object/,
    );
    expect(() => applyFieldMap({ data: [] }, mapping({ rows: 'data' }), {}, 'document')).toThrow(
      /should point at one object, got an array/,
    );
    expect(() =>
      applyFieldMap(
        ledger,
        mapping({ rows: 'rows', fields: { p: { from: 'nope', match: { a: 'b' } } } }),
        {},
        'list',
      ),
    ).toThrow(MappingError);
    expect(() =>
      applyFieldMap(
        ledger,
        mapping({ rows: 'rows', fields: { p: { from: 'reports', rows: 'x', match: { a: 'b' } } } }),
        { reports },
        'list',
      ),
    ).toThrow(/"x" is not an array/);
    // A JSON key "__proto__" must neither throw away the mapping nor change a prototype.
    const out = applyFieldMap(
      ledger,
      mapping({ rows: 'rows', fields: JSON.parse('{"id":"rwbh","__proto__":"xh"}') }),
      {},
      'list',
    ).data as object[];
    expect(Object.getPrototypeOf(out[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).rwbh).toBeUndefined();
  });

  it('evaluates one spec against a whole response (meta)', () => {
    expect(applyFieldSpec([{ 统计日期: '2021/6/30' }], { path: '[0].统计日期', type: 'date' }, {})).toBe(
      '2021-06-30',
    );
    expect(applyFieldSpec({}, { const: '区台账' }, {})).toBe('区台账');
  });

  it('points a failure at the source field', () => {
    expect(sourceOfField(m, 1, 'start')).toBe('rows[1].ksrq');
    expect(sourceOfField(m, 0, 'points[0].percent')).toBe('rows[0].sub[0].v');
    expect(sourceOfField(m, 0, 'location.lng')).toBe('rows[0].jd');
    expect(sourceOfField(m, 0, 'progress[1].date')).toMatch(
      /^request "reports" data \(rows matching id = rwbh\)/,
    );
    expect(sourceOfField(m, 0, 'kind')).toBeNull();
  });
});

describe('mapping schema', () => {
  it('accepts a JSONata expression as lines', () => {
    expect(mapping({ jsonata: ['[rows.{', "'id': a", '}]'] }).jsonata).toBe("[rows.{\n'id': a\n}]");
  });

  it('rejects typos and mixed forms', () => {
    expect(mappingSchema.safeParse({ feilds: {} }).success).toBe(false);
    expect(mappingSchema.safeParse({ jsonata: 'a', fields: { id: 'x' } }).success).toBe(false);
    expect(mappingSchema.safeParse({ fields: { id: { path: 'x', typ: 'date' } } }).success).toBe(false);
    expect(mappingSchema.safeParse({ fields: { id: { path: 'x', type: 'dat' } } }).success).toBe(false);
  });
});
