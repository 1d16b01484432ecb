import { describe, expect, it } from 'vitest';
import { buildSchematicMap, convexHull, niceKm } from '../../../src/features/big-screen/build-schematic-map';
import { selectFurthestBehind } from '../../../src/features/big-screen/select-wall-lists';
import type { AssessedIndicator } from '../../../src/domain/metrics';

const pts = [
  { id: 'a', n: 1, lng: 121.44, lat: 31.02 },
  { id: 'b', n: 2, lng: 121.452, lat: 31.012 },
  { id: 'c', n: 3, lng: 121.503, lat: 31.081 },
  { id: 'd', n: 4, lng: 121.401, lat: 31.009 },
  { id: 'e', n: 5, lng: 121.44, lat: 31.02 },
];

describe('buildSchematicMap', () => {
  const map = buildSchematicMap(pts, null, 1200, 800, 28, 19);

  it('keeps every marker inside the panel and spreads them over it', () => {
    for (const p of map.points) {
      expect(p.x).toBeGreaterThanOrEqual(28);
      expect(p.x).toBeLessThanOrEqual(1200 - 28);
      expect(p.y).toBeGreaterThanOrEqual(28);
      expect(p.y).toBeLessThanOrEqual(800 - 28);
    }
    const xs = map.points.map((p) => p.ax);
    const ys = map.points.map((p) => p.ay);
    const fill = Math.max(
      (Math.max(...xs) - Math.min(...xs)) / 1200,
      (Math.max(...ys) - Math.min(...ys)) / 800,
    );
    expect(fill).toBeGreaterThan(0.75);
  });

  it('draws a kilometre the same length both ways, north up', () => {
    const [a, c] = [map.points[0]!, map.points[2]!];
    const kmX = (c.lng - a.lng) * 111.32 * Math.cos((31.045 * Math.PI) / 180);
    const kmY = (c.lat - a.lat) * 111.32;
    expect((c.ax - a.ax) / kmX).toBeCloseTo((a.ay - c.ay) / kmY, 0);
    expect(c.ay).toBeLessThan(a.ay);
  });

  it('parts markers on the same spot, with their true spot kept for a leader line', () => {
    const [a, e] = [map.points[0]!, map.points[4]!];
    expect(Math.hypot(a.x - e.x, a.y - e.y)).toBeGreaterThanOrEqual(2 * 19);
    expect([a.ax, a.ay]).toEqual([e.ax, e.ay]);
  });

  it('outlines the projects’ own area when no boundary is configured, the boundary when one is', () => {
    expect(map.outlineKind).toBe('schematic');
    expect(map.outline).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){2,}Z$/);
    const ring = [
      [121.38, 31.0],
      [121.52, 31.0],
      [121.52, 31.1],
      [121.38, 31.1],
      [121.38, 31.0],
    ] as const;
    const withBoundary = buildSchematicMap(pts, [ring], 1200, 800, 28, 19);
    expect(withBoundary.outlineKind).toBe('boundary');
    expect(withBoundary.outline.match(/L/g)).toHaveLength(4);
  });

  it('draws nothing, rather than a made-up area, with no located project', () => {
    expect(buildSchematicMap([], null, 1200, 800, 28, 19)).toMatchObject({ points: [], outline: '' });
  });

  it('picks a round scale length', () => {
    expect(niceKm(1.8)).toBe(2);
    expect(niceKm(0.6)).toBe(0.5);
    expect(map.scale.px).toBeGreaterThan(0);
  });

  it('hulls a square to its four corners', () => {
    expect(
      convexHull([
        [0, 0],
        [2, 0],
        [1, 1],
        [2, 2],
        [0, 2],
      ]),
    ).toHaveLength(4);
  });
});

const ind = (id: string, attainment: number | null, expectedAttainment: number | null) =>
  ({ indicator: { id, name: id }, a: { attainment, expectedAttainment } }) as unknown as AssessedIndicator;

describe('selectFurthestBehind', () => {
  it('ranks by the whole points a reader can check, worst first, and counts what it could not judge', () => {
    const { rows, unjudged } = selectFurthestBehind([
      ind('A', 0.5, 0.8),
      ind('B', 0.9, 0.8),
      ind('C', 0.2, 0.9),
      ind('D', null, 0.5),
      ind('E', 0.795, 0.8),
      ind('F', 0.4, null),
    ]);
    expect(rows.map((r) => [r.indicator.id, r.points])).toEqual([
      ['C', -70],
      ['A', -30],
    ]);
    // 79.5% and 80% both read 80%: not "behind" by a point no one can see.
    expect(unjudged).toBe(2);
  });

  it('keeps to the limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => ind(`I${i}`, 0.1 * (i % 5), 0.9));
    expect(selectFurthestBehind(many, 8).rows).toHaveLength(8);
  });
});
