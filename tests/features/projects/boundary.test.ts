import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchBoundary, MAX_BOUNDARY_POINTS, parseBoundary } from '../../../src/features/projects/boundary';

const example = JSON.parse(readFileSync('public/geo/zero-bay-boundary.example.geojson', 'utf8')) as unknown;
const square = (x: number, y: number) => [
  [x, y],
  [x + 0.01, y],
  [x + 0.01, y + 0.01],
  [x, y + 0.01],
  [x, y],
];

/** A collection of one feature, a polygon of one ring. */
const onePolygon = (ring: number[][]) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }],
});

describe('parseBoundary', () => {
  it('reads the example boundary, which says it is schematic', () => {
    const b = parseBoundary(example);
    expect(b.rings).toHaveLength(1);
    expect(b.rings[0]!.length).toBeGreaterThanOrEqual(4);
    expect(b.name).toContain('示意');
    expect(b.nameEn).toContain('schematic');
    const ring = b.rings[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('flattens MultiPolygons and holes into rings and drops altitudes', () => {
    const b = parseBoundary({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: null,
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [square(121.4, 31.0), square(121.402, 31.002)],
              [square(121.5, 31.1).map((p) => [...p, 12])],
            ],
          },
        },
      ],
    });
    expect(b.rings).toHaveLength(3);
    expect(b.rings[2]![0]).toEqual([121.5, 31.1]);
    expect(b.name).toBeNull();
  });

  it.each([
    ['not a collection', { type: 'Feature' }, 'type'],
    ['no features', { type: 'FeatureCollection', features: [] }, 'features'],
    [
      'a point',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [121, 31] } }],
      },
      'geometry',
    ],
    [
      'lat/lng swapped out of range',
      onePolygon([
        [31, 121],
        [31, 122],
        [32, 122],
        [31, 121],
      ]),
      'coordinates',
    ],
    [
      'a ring of three',
      onePolygon([
        [121, 31],
        [121.1, 31],
        [121, 31],
      ]),
      'coordinates',
    ],
  ])('rejects %s, naming where', (_name, json, where) => {
    expect(() => parseBoundary(json)).toThrow(where);
  });

  it('rejects a boundary too detailed to draw', () => {
    const ring = Array.from({ length: MAX_BOUNDARY_POINTS + 1 }, (_, i) => [121 + i * 1e-6, 31]);
    ring.push(ring[0]!);
    expect(() => parseBoundary(onePolygon(ring))).toThrow('too many points');
  });
});

describe('fetchBoundary', () => {
  const ok = (body: string, status = 200) =>
    (async () => new Response(body, { status })) as unknown as typeof fetch;

  it('fetches and validates', async () => {
    const b = await fetchBoundary('/geo/x.geojson', undefined, 1000, ok(JSON.stringify(example)));
    expect(b.rings).toHaveLength(1);
  });

  it('reports HTTP errors and bad JSON', async () => {
    await expect(fetchBoundary('/x', undefined, 1000, ok('nope', 404))).rejects.toThrow('HTTP 404');
    await expect(fetchBoundary('/x', undefined, 1000, ok('{not json'))).rejects.toThrow('not valid JSON');
  });

  it('gives up after the timeout', async () => {
    const hang = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as unknown as typeof fetch;
    await expect(fetchBoundary('/x', undefined, 30, hang)).rejects.toThrow();
  });
});
