import { http, HttpResponse, type RequestHandler } from 'msw';
import type { Fixtures } from '../fixtures';
import { share, zonedMidnight } from './formats';
import { FOREIGN_CREDENTIALS, NO_STORE, snapshotAt, type Snapshot, type Tracked } from './shared';

/*
 * An open-data platform publishing the whole programme as ONE nested document: tasks inside their
 * aspects, programme items inside their areas, progress inside each task, sites as GeoJSON.
 * Text in { zh, en } pairs, instants as 2021-06-30T00:00:00+08:00, completion as a share 0.85
 * (percentage indicators too), missing things as null.
 * Auth: header `X-Api-Key: zerobay-opendata-demo-key`. As-of: `?as_of=2021-06-30`.
 */

type Doc = Record<string, unknown>;

const text = (zh: string, en?: string) => ({ zh, en: en ?? null });
const at = (iso: string | null | undefined) => (iso ? zonedMidnight(iso) : null);

function tracking(t: Tracked): Doc {
  const m = t.manualStatus;
  return {
    schedule: { start: at(t.start), due: at(t.due), completed: at(t.completedOn) },
    reports: (t.progress ?? []).map((p) => ({
      period: at(p.date),
      completion: share(p.percent),
      remark: p.note ? text(p.note, p.noteEn) : null,
    })),
    milestones: (t.milestones ?? []).map((x) => ({
      id: x.id,
      title: text(x.name, x.nameEn),
      planned: at(x.planned),
      achieved: at(x.actual),
    })),
    statusOverride: m
      ? { status: m.status, justification: m.reason, by: m.setBy ?? null, on: at(m.setAt) }
      : null,
  };
}

export function openDataDocument(s: Snapshot): Doc {
  const p = s.plan;
  return {
    success: true,
    result: {
      dataset: {
        id: 'zerobay-monitoring',
        title: '大零号湾建设推进监测开放数据（模拟）',
        publisher: { name: '闵行区大数据中心（模拟）' },
        temporal: { asOf: at(s.asOf) },
        issued: `${s.asOf}T18:00:00+08:00`,
      },
      plan: {
        identifier: p.id,
        title: text(p.name, p.nameEn),
        shortTitle: p.shortName ? text(p.shortName, p.shortNameEn) : null,
        period: { from: at(p.period.start), to: at(p.period.end) },
        coreFunctions: p.functions.map((f) => ({
          code: f.code,
          title: text(f.name, f.nameEn),
          summary: text(f.description, f.descriptionEn),
        })),
        aspects: p.aspects.map((a) => ({
          id: a.id,
          rank: a.order,
          title: text(a.name, a.nameEn),
          tasks: s.tasks
            .filter((t) => t.aspectId === a.id)
            .map((t) => ({
              id: t.id,
              rank: t.order,
              title: text(t.name, t.nameEn),
              functions: t.functions,
              responsibility: {
                lead: { orgId: t.leadUnitId },
                partners: (t.coUnitIds ?? []).map((orgId) => ({ orgId })),
              },
              ...tracking(t),
            })),
        })),
        safeguards: p.safeguards.map((g) => ({
          id: g.id,
          title: text(g.name, g.nameEn),
          summary: g.description ?? null,
        })),
        programmes: p.programmes.map((g) => ({
          id: g.id,
          year: g.year,
          title: text(g.name, g.nameEn),
          areas: g.areas.map((a) => ({
            id: a.id,
            rank: a.order,
            title: text(a.name, a.nameEn),
            items: s.workItems
              .filter((w) => w.programmeId === g.id && w.areaId === a.id)
              .map((w) => ({
                id: w.id,
                rank: w.order,
                title: text(w.name, w.nameEn),
                type: w.kind,
                indicatorRefs: w.indicatorIds ?? [],
                lead: w.leadUnitId ? { orgId: w.leadUnitId } : null,
                ...tracking(w),
              })),
          })),
        })),
      },
      organisations: s.units.map((u) => ({
        id: u.id,
        name: text(u.name, u.nameEn),
        abbreviation: text(u.shortName, u.shortNameEn),
        category: u.kind,
      })),
      indicators: s.indicators.map((i) => {
        // Rates are published as shares (5% → 0.05), like the task completion.
        const v = (x: number) => (i.kind === 'percentage' ? share(x) : x);
        return {
          id: i.id,
          title: text(i.name, i.nameEn),
          measure: { unit: text(i.unit, i.unitEn), kind: i.kind, better: i.direction ?? 'higher' },
          functions: i.functions,
          links: { task: i.taskId ?? null, workItem: i.workItemId ?? null },
          provenance: i.source ?? null,
          targets: (i.targets ?? []).map((t) => ({
            period: { from: at(t.period.start), to: at(t.period.end) },
            label: t.label ?? null,
            value: v(t.value),
            path: t.trajectory ? t.trajectory.map((x) => ({ at: at(x.date), value: v(x.value) })) : null,
            note: t.note ?? null,
          })),
          series: (i.observations ?? []).map((o) => ({
            at: at(o.date),
            value: v(o.value),
            note: o.note ?? null,
          })),
        };
      }),
      sites: {
        type: 'FeatureCollection',
        features: s.projects.map((x) => ({
          type: 'Feature',
          id: x.id,
          geometry: x.location ? { type: 'Point', coordinates: [x.location.lng, x.location.lat] } : null,
          properties: {
            name: text(x.name, x.nameEn),
            category: x.kind,
            functions: x.functions ?? [],
            leadOrg: x.leadUnitId ?? null,
            summary: x.description ?? null,
            area: x.area ?? null,
            timeline: (x.statusHistory ?? []).map((h) => ({
              at: at(h.date),
              state: h.status,
              remark: h.note ?? null,
            })),
          },
        })),
      },
    },
  };
}

export function openDataHandlers(data: Fixtures, root: string): RequestHandler[] {
  return [
    http.get(`${root}/foreign/opendata/v1/datasets/zerobay`, ({ request }) => {
      if (request.headers.get('x-api-key') !== FOREIGN_CREDENTIALS.openDataKey) {
        return HttpResponse.json(
          { success: false, error: { message: 'API key required' } },
          { status: 401, headers: NO_STORE },
        );
      }
      const snap = snapshotAt(data, new URL(request.url).searchParams.get('as_of'));
      if (!snap.ok || !snap.snapshot) {
        return HttpResponse.json(
          { success: false, error: { message: snap.ok ? 'bad as_of' : snap.error } },
          { status: 400, headers: NO_STORE },
        );
      }
      return HttpResponse.json(openDataDocument(snap.snapshot) as never, { headers: NO_STORE });
    }),
  ];
}
