import * as z from 'zod/mini';

/** A lng/lat position; a third number (altitude) is allowed by GeoJSON and ignored. */
const positionSchema = z.array(z.number()).check(
  z.minLength(2),
  z.maxLength(3),
  z.refine((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90, 'not a longitude/latitude pair'),
);
const ringSchema = z.array(positionSchema).check(z.minLength(4, 'a polygon ring needs at least 4 positions'));

const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ringSchema).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ringSchema).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

export const boundarySchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
        geometry: geometrySchema,
      }),
    )
    .check(z.minLength(1, 'no features')),
});
export type BoundaryCollection = z.infer<typeof boundarySchema>;

export type LngLat = [number, number];
export type Ring = LngLat[];

export interface Boundary {
  /** Outer rings and holes alike: the map draws outlines only. */
  rings: Ring[];
  name: string | null;
  nameEn: string | null;
}

/** A boundary far larger than an outline needs would stall the map on a wall screen. */
export const MAX_BOUNDARY_POINTS = 20_000;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function toBoundary(fc: BoundaryCollection): Boundary {
  const rings: Ring[] = fc.features.flatMap((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.flatMap((poly) => poly.map((ring) => ring.map((p) => [p[0]!, p[1]!] as LngLat)));
  });
  const props = fc.features[0]?.properties ?? {};
  return { rings, name: str(props.name), nameEn: str(props.nameEn ?? props.name_en) };
}

/** Validates a parsed JSON document; the message names the first problem, for the note under the map. */
export function parseBoundary(json: unknown): Boundary {
  const parsed = boundarySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(
      `${first?.path.map(String).join('.') || '(root)'}: ${first?.message ?? 'invalid GeoJSON'}`,
    );
  }
  const boundary = toBoundary(parsed.data);
  const points = boundary.rings.reduce((n, r) => n + r.length, 0);
  if (points > MAX_BOUNDARY_POINTS) throw new Error(`too many points (${points} > ${MAX_BOUNDARY_POINTS})`);
  return boundary;
}

export async function fetchBoundary(
  url: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Boundary> {
  // A plain controller, not AbortSignal.any/timeout: signage browsers run Chromium older than 116.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetchImpl(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new Error('not valid JSON');
    }
    return parseBoundary(json);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
