import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type Rect } from '../../../src/features/projects/place-labels';

const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const bounds = { x: 0, y: 0, w: 600, h: 400 };
const req = (id: string, x: number, y: number, priority = 0, away?: number): LabelRequest => ({
  id,
  x,
  y,
  r: 8,
  w: 90,
  h: 20,
  priority,
  away,
});

describe('placeLabels', () => {
  it('puts a lone label right beside its point', () => {
    const p = placeLabels([req('a', 100, 100)], bounds).get('a')!;
    expect(p).toEqual({ x: 112, y: 90, w: 90, h: 20, callout: false });
  });

  it('flips to the left at the right edge', () => {
    const p = placeLabels([req('a', 580, 100)], bounds).get('a')!;
    expect(p.x + p.w).toBeLessThanOrEqual(580);
    expect(p.callout).toBe(false);
  });

  it('places every label of a tight cluster without overlaps, inside the bounds, clear of all symbols', () => {
    const cluster = Array.from({ length: 9 }, (_, i) =>
      req(`p${i}`, 300 + (i % 3) * 14, 200 + Math.floor(i / 3) * 14),
    );
    const placed = placeLabels(cluster, bounds);
    expect(placed.size).toBe(9);
    const boxes = [...placed.values()];
    boxes.forEach((a, i) => {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.w).toBeLessThanOrEqual(600);
      boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
      cluster.forEach((q) =>
        expect(overlap(a, { x: q.x - q.r, y: q.y - q.r, w: 2 * q.r, h: 2 * q.r })).toBe(false),
      );
    });
    expect(boxes.some((b) => b.callout)).toBe(true);
  });

  it('serves the highest priority first', () => {
    const placed = placeLabels([req('a', 100, 100), req('b', 104, 100, 10)], bounds);
    expect(placed.get('b')!.callout).toBe(false);
  });

  it('prefers the direction away from a crowd', () => {
    const p = placeLabels([req('a', 300, 200, 0, 180)], bounds).get('a')!;
    expect(p.x + p.w).toBeLessThanOrEqual(300);
  });

  it('avoids obstacles and leaves out a label with no room', () => {
    const wall = { x: 0, y: 0, w: 600, h: 400 };
    expect(placeLabels([req('a', 100, 100)], bounds, [wall]).size).toBe(0);
  });
});
