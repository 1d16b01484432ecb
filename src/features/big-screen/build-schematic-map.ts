/**
 * The wall's map of the key projects, as plain geometry for an SVG: no basemap and no boundary of
 * unknown licence. The area is drawn from the projects' own coordinates (their convex hull, widened),
 * or from the configured boundary (config.map.boundaryUrl) when a deployer has a licensed one. One
 * kilometre is the same length both ways, and the drawing fills the panel.
 */

export type LngLat = readonly [number, number];

export interface MapPoint {
  id: string;
  /** The number drawn in the marker and beside the name in the list. */
  n: number;
  lng: number;
  lat: number;
}

export interface PlacedPoint extends MapPoint {
  /** The marker, nudged apart from its neighbours when they would overlap. */
  x: number;
  y: number;
  /** Where the project really is; differs from x/y only for a nudged marker (a leader line joins them). */
  ax: number;
  ay: number;
}

export interface SchematicMap {
  points: PlacedPoint[];
  /** SVG path data: the boundary's rings, or the widened hull of the projects. Empty with no points. */
  outline: string;
  outlineKind: 'boundary' | 'schematic';
  /** A scale bar of a round length that is about a sixth of the width. */
  scale: { km: number; px: number };
  width: number;
  height: number;
}

const KM_PER_DEG_LAT = 111.32;

/** Andrew's monotone chain, in screen px: the smallest convex polygon around the points. */
export function convexHull(pts: ReadonlyArray<readonly [number, number]>): [number, number][] {
  const p = [...pts].map((q) => [q[0], q[1]] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: number[], a: number[], b: number[]) =>
    (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const q of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, q) <= 0) out.pop();
      out.push(q);
    }
    out.pop();
    return out;
  };
  return [...half(p), ...half([...p].reverse())];
}

/** A round scale length (0.5, 1, 2, 5, 10 km …) close to `targetKm`. */
export function niceKm(targetKm: number): number {
  const steps = [0.2, 0.5, 1, 2, 5, 10, 20, 50];
  return steps.reduce((best, s) => (Math.abs(s - targetKm) < Math.abs(best - targetKm) ? s : best), 1);
}

/**
 * Lays the projects out in a `width` × `height` panel. `pad` keeps markers and the outline off the edges;
 * `markerR` is the marker radius, used to nudge overlapping markers apart.
 */
export function buildSchematicMap(
  input: MapPoint[],
  boundary: ReadonlyArray<ReadonlyArray<LngLat>> | null,
  width: number,
  height: number,
  pad: number,
  markerR: number,
): SchematicMap {
  const rings = boundary && boundary.length > 0 ? boundary : null;
  const all: LngLat[] = [...input.map((p) => [p.lng, p.lat] as const), ...(rings ? rings.flat() : [])];
  if (all.length === 0 || width <= 2 * pad || height <= 2 * pad)
    return {
      points: [],
      outline: '',
      outlineKind: rings ? 'boundary' : 'schematic',
      scale: { km: 1, px: 0 },
      width,
      height,
    };

  const lngs = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  // Without a boundary the hull is widened by a margin around the outer markers: leave room for it.
  const margin = rings ? 0 : markerR * 2.2;
  const innerW = width - 2 * (pad + margin);
  const innerH = height - 2 * (pad + margin);
  // Half a kilometre at least, so one project alone still gets a neighbourhood.
  const spanX = Math.max(0.005, (x1 - x0) * k);
  const spanY = Math.max(0.005, y1 - y0);
  const pxPerDeg = Math.min(innerW / spanX, innerH / spanY);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const project = (lng: number, lat: number): [number, number] => [
    width / 2 + (lng - cx) * k * pxPerDeg,
    height / 2 - (lat - cy) * pxPerDeg,
  ];

  const placed: PlacedPoint[] = input.map((p) => {
    const [x, y] = project(p.lng, p.lat);
    return { ...p, x, y, ax: x, ay: y };
  });
  nudgeApart(placed, markerR * 2 + 4, { width, height, pad });

  let outline: string;
  if (rings) {
    outline = rings
      .map((ring) => ring.map((q, i) => `${i === 0 ? 'M' : 'L'}${fmt(project(q[0], q[1]))}`).join('') + 'Z')
      .join('');
  } else {
    const hull = convexHull(placed.map((p) => [p.x, p.y] as const));
    const mx = hull.reduce((s, q) => s + q[0], 0) / (hull.length || 1);
    const my = hull.reduce((s, q) => s + q[1], 0) / (hull.length || 1);
    // Each corner pushed out from the middle, so the markers sit inside the area, not on its edge.
    const widened = hull.map(([x, y]) => {
      const d = Math.hypot(x - mx, y - my) || 1;
      return [x + ((x - mx) / d) * margin, y + ((y - my) / d) * margin] as [number, number];
    });
    outline =
      widened.length >= 3 ? widened.map((q, i) => `${i === 0 ? 'M' : 'L'}${fmt(q)}`).join('') + 'Z' : '';
  }

  const pxPerKm = pxPerDeg / KM_PER_DEG_LAT;
  const km = niceKm(width / 6 / pxPerKm);
  return {
    points: placed,
    outline,
    outlineKind: rings ? 'boundary' : 'schematic',
    scale: { km, px: Math.round(km * pxPerKm) },
    width,
    height,
  };
}

const fmt = (q: readonly [number, number]) => `${Math.round(q[0] * 10) / 10},${Math.round(q[1] * 10) / 10}`;

/** Pushes markers closer than `gap` apart, a few rounds, kept inside the panel; their true spot stays. */
function nudgeApart(
  pts: PlacedPoint[],
  gap: number,
  box: { width: number; height: number; pad: number },
): void {
  for (let round = 0; round < 40; round++) {
    let moved = false;
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        const a = pts[i]!;
        const b = pts[j]!;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        // Two on the same spot part left and right.
        const [ux, uy] = d === 0 ? [1, 0] : [dx / d, dy / d];
        const push = (gap - d) / 2 + 0.5;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    for (const p of pts) {
      p.x = Math.min(box.width - box.pad, Math.max(box.pad, p.x));
      p.y = Math.min(box.height - box.pad, Math.max(box.pad, p.y));
    }
    if (!moved) return;
  }
}
