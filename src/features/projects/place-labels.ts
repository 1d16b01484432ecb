/** Rectangles in px, top-left origin. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  id: string;
  /** The point, in px. */
  x: number;
  y: number;
  /** Symbol radius in px. */
  r: number;
  /** Label size in px. */
  w: number;
  h: number;
  /** Higher goes first (the selected project). */
  priority: number;
  /** Preferred direction in degrees (0 = east, 90 = north), e.g. away from a crowd. */
  away?: number;
}

export interface Placement extends Rect {
  /** Placed away from its point: draw a leader line. */
  callout: boolean;
}

const overlaps = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

const inside = (a: Rect, bounds: Rect) =>
  a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h;

const ADJACENT = [0, 180, 90, 270, 45, 315, 135, 225];
// Horizontal directions first: a label off to the side reads better than one above or below.
const OUTWARD = [0, 180, 30, 150, 330, 210, 60, 120, 300, 240, 90, 270];

const angleGap = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
};

/** A box whose near side faces the point, at `dist` px in direction `deg` (0 = east, 90 = north). */
function boxAt(q: LabelRequest, deg: number, dist: number, callout: boolean): Rect & { callout: boolean } {
  const rad = (deg * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const ax = q.x + cos * dist;
  const ay = q.y - sin * dist;
  const x = Math.abs(cos) < 0.2 ? ax - q.w / 2 : cos > 0 ? ax : ax - q.w;
  const y = Math.abs(sin) < 0.2 ? ay - q.h / 2 : sin > 0 ? ay - q.h : ay;
  return { x, y, w: q.w, h: q.h, callout };
}

/**
 * Candidate boxes around a point: beside it first, then further out with a leader line. With `away`
 * set (the direction out of a cluster), directions nearest it come first, so leader lines fan out
 * instead of crossing.
 */
function candidates(q: LabelRequest, rings: number, step: number): Array<Rect & { callout: boolean }> {
  const prefer = (dirs: number[]) =>
    q.away === undefined
      ? dirs
      : [...dirs].sort(
          (a, b) => angleGap(a, q.away!) - angleGap(b, q.away!) || dirs.indexOf(a) - dirs.indexOf(b),
        );
  const d = q.r + 4;
  const out = prefer(ADJACENT).map((deg) => boxAt(q, deg, deg % 90 === 0 ? d : d * 0.75, false));
  for (let k = 1; k <= rings; k++)
    out.push(...prefer(OUTWARD).map((deg) => boxAt(q, deg, d + k * step, true)));
  return out;
}

/**
 * Greedy label placement: each label, most important first, takes the first free spot around its point
 * that stays inside `bounds` and covers no other label, symbol or obstacle; a crowded point gets a spot
 * further out with a leader line. A label with no free spot is left out (the tooltip still names it).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Rect,
  obstacles: readonly Rect[] = [],
  gap = 3,
): Map<string, Placement> {
  // A label may touch its own symbol's corner, never anyone else's.
  const taken: Array<Rect & { owner?: string }> = [
    ...obstacles,
    ...requests.map((q) => ({ x: q.x - q.r, y: q.y - q.r, w: 2 * q.r, h: 2 * q.r, owner: q.id })),
  ];
  const placed = new Map<string, Placement>();
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const q of order) {
    const spot = candidates(q, 6, q.h + 4).find(
      (c) => inside(c, bounds) && taken.every((t) => t.owner === q.id || !overlaps(c, t, gap)),
    );
    if (!spot) continue;
    placed.set(q.id, spot);
    taken.push(spot);
  }
  return placed;
}
