import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import type { ProjectKind, ProjectStatus } from '../../domain/schemas';
import { formatDate } from '../../lib/format';
import { nameIn, shortNameIn, rawNameIn, rawTextIn, textIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useListParam, useSearchParam } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { BOUNDARY_SERIES_PREFIX, buildProjectMapOption, type MapLabels } from './build-project-map-option';
import './messages';
import { historyAt, PROJECT_STATUSES, PROJECT_STATUS_COLORS, PROJECT_STATUS_GLYPH } from './project-status';
import './projects.css';
import {
  areaText,
  buildProjectRows,
  countBy,
  filterProjects,
  PROJECT_KINDS,
  statusCounts,
  type ProjectRow,
} from './select-projects';
import { useBoundary } from './use-boundary';

export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  return (
    <PageFrame
      needs={['projects']}
      title={t('title')}
      testId="projects"
      state={state}
      requestedAsOf={asOfParam}
    >
      {(assessment, data) => <ProjectsBody assessment={assessment} data={data} />}
    </PageFrame>
  );
}

function ProjectStatusBadge({ status }: { status: ProjectStatus | null }) {
  const { t } = useTranslation('projects');
  const key = status ?? 'unknown';
  return (
    <span className={`pstatus pstatus-${key}`}>
      <span className="pstatus-glyph" aria-hidden="true">
        {PROJECT_STATUS_GLYPH[key]}
      </span>
      {t(`status.${key}`)}
    </span>
  );
}

function FnTags({ fns }: { fns: readonly FunctionCode[] }) {
  const { t } = useTranslation();
  return (
    <span className="fn-tags">
      {fns.map((f) => (
        <span key={f} className={`fn-tag fn-${f}`} title={t(`fn.${f}`)}>
          {f}
        </span>
      ))}
    </span>
  );
}

/** The element's width in px, followed as it resizes: the map needs it to keep an equal aspect. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function ProjectsBody({ assessment, data }: { assessment: PlanAssessment; data: PlanData }) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const theme = useTheme();
  const palette = PALETTES[theme];
  const rem = useRem();
  const config = useConfig();
  const boundary = useBoundary();
  const [statuses, setStatuses] = useListParam<ProjectStatus>('status', PROJECT_STATUSES);
  const [kinds, setKinds] = useListParam<ProjectKind>('kind', PROJECT_KINDS);
  const [fns, setFns] = useListParam<FunctionCode>('fn', FUNCTION_CODES);
  const [projectParam, setProject] = useSearchParam('project');
  const [mapRef, mapWidth] = useWidth();
  const [, setParams] = useSearchParams();
  // One navigation for all three: separate setters in one event would each start from the same URL.
  const clearFilters = () =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const k of ['status', 'kind', 'fn']) next.delete(k);
      return next;
    });

  const rows = useMemo(
    () => buildProjectRows(data.projects, data.units, assessment.asOf),
    [data.projects, data.units, assessment.asOf],
  );
  const shown = useMemo(() => filterProjects(rows, { statuses, kinds, fns }), [rows, statuses, kinds, fns]);
  const selected = rows.find((r) => r.project.id === projectParam) ?? null;
  const located = useMemo(() => shown.filter((r) => r.located), [shown]);
  const unlocated = shown.filter((r) => !r.located);
  const sCounts = statusCounts(rows);
  const kCounts = countBy(rows, PROJECT_KINDS, (r) => [r.project.kind]);
  const fCounts = countBy(rows, FUNCTION_CODES, (r) => r.project.functions);
  const filtering = statuses.length + kinds.length + fns.length > 0;

  // Tall enough to spread the crowded core on a phone; on a wall, within one screen under the filters.
  const narrow = mapWidth < 600;
  const heightCap = narrow ? 36 * rem : Math.max(15 * rem, Math.min(40 * rem, window.innerHeight * 0.6));
  const mapHeight = Math.round(Math.min(Math.max(mapWidth * (narrow ? 1.15 : 0.58), 15 * rem), heightCap));
  const rings = boundary.data?.rings ?? null;
  const labels: MapLabels = useMemo(
    () => ({
      status: Object.fromEntries(
        [...PROJECT_STATUSES, 'unknown'].map((s) => [s, t(`status.${s}`)]),
      ) as MapLabels['status'],
      kind: Object.fromEntries(PROJECT_KINDS.map((k) => [k, t(`kind.${k}`)])) as MapLabels['kind'],
      fn: (code: string) => tc(`fn.${code}`),
      boundary: t('boundary'),
      lead: t('lead'),
      since: t('since'),
      functions: t('functions'),
      north: t('north'),
    }),
    [t, tc],
  );
  const option = useMemo(
    () =>
      buildProjectMapOption({
        rows: located,
        boundary: rings,
        width: mapWidth,
        height: mapHeight,
        palette,
        statusColors: PROJECT_STATUS_COLORS[theme],
        lang,
        labels,
        rem,
        selectedId: selected?.project.id ?? null,
      }),
    [located, rings, mapWidth, mapHeight, palette, theme, lang, labels, rem, selected],
  );
  const boundarySeries = Array.isArray(option.series)
    ? option.series.filter((s) => String(s.id ?? '').startsWith(BOUNDARY_SERIES_PREFIX)).length
    : 0;
  const onEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const id = (p as { data?: { id?: unknown } }).data?.id;
        if (typeof id === 'string') setProject(id);
      },
    }),
    [setProject],
  );

  const unitName = (r: ProjectRow) => shortNameIn(r.lead, lang, r.project.leadUnitId ?? '—');
  const toggle = <T extends string>(list: T[], set: (next: T[]) => void, v: T) =>
    set(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const boundaryName = boundary.data
    ? ((lang === 'en' ? boundary.data.nameEn : null) ?? boundary.data.name ?? t('boundary'))
    : null;

  const columns: Column<ProjectRow>[] = [
    {
      key: 'name',
      header: t('col.name'),
      render: (r) => (
        <button
          type="button"
          className="link-button"
          onClick={() => setProject(r.project.id)}
          aria-pressed={r.project.id === selected?.project.id}
          data-testid="project-name"
        >
          {nameIn(r.project, lang)}
        </button>
      ),
      sortValue: (r) => rawNameIn(r.project, lang),
    },
    {
      key: 'kind',
      header: t('col.kind'),
      render: (r) => t(`kind.${r.project.kind}`),
      sortValue: (r) => t(`kind.${r.project.kind}`),
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (r) => <ProjectStatusBadge status={r.status} />,
      sortValue: (r) => (r.status ? PROJECT_STATUSES.indexOf(r.status) : 9),
      csv: (r) => t(`status.${r.status ?? 'unknown'}`),
    },
    {
      key: 'functions',
      header: t('col.functions'),
      render: (r) => <FnTags fns={r.project.functions} />,
      csv: (r) => r.project.functions.join('/'),
    },
    { key: 'lead', header: t('col.lead'), render: unitName, sortValue: unitName },
    {
      key: 'area',
      header: t('col.area'),
      render: (r) => areaText(r.project.area, lang),
      csv: (r) => (r.project.area ? areaText(r.project.area, lang) : ''),
      align: 'end',
      hideOnPhone: true,
    },
    {
      key: 'since',
      header: t('col.since'),
      render: (r) => formatDate(r.since, lang),
      sortValue: (r) => r.since,
      hideOnPhone: true,
    },
    {
      key: 'note',
      header: t('col.note'),
      render: (r) => (r.note ? textIn(r.note, r.noteEn ?? undefined, lang) : '—'),
      csv: (r) => rawTextIn(r.note ?? undefined, r.noteEn ?? undefined, lang),
      hideOnPhone: true,
    },
    {
      key: 'location',
      header: t('col.location'),
      render: (r) => (r.located ? t('located') : <span className="muted">{t('notLocated')}</span>),
      csv: (r) =>
        r.project.location ? `${r.project.location.lng},${r.project.location.lat}` : t('notLocated'),
      hideOnPhone: true,
    },
  ];

  return (
    <>
      <p className="projects-summary">
        {t('summary', { count: rows.length, located: rows.filter((r) => r.located).length })}
      </p>
      <div className="projects-filters">
        <div className="filter-bar" role="group" aria-label={t('filters.status')}>
          <span className="filter-label">{t('filters.status')}</span>
          {PROJECT_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className={`chip pstatus-chip pstatus-${s}`}
              aria-pressed={statuses.includes(s)}
              onClick={() => toggle(statuses, setStatuses, s)}
              data-testid={`status-chip-${s}`}
            >
              <span className="pstatus-glyph" aria-hidden="true">
                {PROJECT_STATUS_GLYPH[s]}
              </span>
              <span className="chip-text">{t(`status.${s}`)}</span> <span className="num">{sCounts[s]}</span>
            </button>
          ))}
        </div>
        <div className="filter-bar" role="group" aria-label={t('filters.kind')}>
          <span className="filter-label">{t('filters.kind')}</span>
          {PROJECT_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className="chip"
              aria-pressed={kinds.includes(k)}
              onClick={() => toggle(kinds, setKinds, k)}
              data-testid={`kind-chip-${k}`}
            >
              {t(`kind.${k}`)} <span className="num">{kCounts[k]}</span>
            </button>
          ))}
        </div>
        <div className="filter-bar" role="group" aria-label={t('filters.fn')}>
          <span className="filter-label">{t('filters.fn')}</span>
          {FUNCTION_CODES.map((f) => (
            <button
              key={f}
              type="button"
              className="chip"
              aria-pressed={fns.includes(f)}
              onClick={() => toggle(fns, setFns, f)}
              data-testid={`fn-chip-${f}`}
            >
              <span className={`fn-tag fn-${f}`} aria-hidden="true">
                {f}
              </span>
              {tc(`fn.${f}`)} <span className="num">{fCounts[f]}</span>
            </button>
          ))}
          {filtering ? (
            <button
              type="button"
              className="btn ghost small"
              onClick={clearFilters}
              data-testid="clear-filters"
            >
              {t('filters.clear')}
            </button>
          ) : null}
        </div>
      </div>

      <div className="projects-main">
        <Panel title={t('map')} testId="map-panel" className="map-panel">
          <div
            ref={mapRef}
            className="map-box"
            data-testid="project-map"
            data-points={located.length}
            data-boundary-series={boundarySeries}
          >
            {located.length === 0 ? (
              <p className="panel-state" data-testid="map-empty">
                {t('mapEmpty')}
              </p>
            ) : mapWidth > 0 ? (
              <Chart
                option={option}
                label={t('mapLabel')}
                height={mapHeight}
                downloadName={`${t('csvName')}-${assessment.asOf}`}
                onEvents={onEvents}
              />
            ) : null}
          </div>
          <p className="map-note">{t('mapNote')}</p>
          {config.map.boundaryUrl ? (
            <p
              className={`map-note boundary-note${boundary.isError ? ' failed' : ''}`}
              data-testid="boundary-note"
              data-state={boundary.isError ? 'error' : boundary.data ? 'loaded' : 'loading'}
              role={boundary.isError ? 'status' : undefined}
            >
              {boundary.isError
                ? t('boundaryFailed', {
                    reason: boundary.error instanceof Error ? boundary.error.message : String(boundary.error),
                  })
                : boundaryName
                  ? t('boundaryLoaded', { name: boundaryName })
                  : t('boundaryLoading')}
            </p>
          ) : null}
        </Panel>

        <div className="projects-side">
          {selected ? (
            <ProjectDetails row={selected} asOf={assessment.asOf} onClose={() => setProject(null)} />
          ) : null}
          <Panel
            title={tc('unlocatedCount', { label: t('unlocated'), count: unlocated.length })}
            testId="unlocated"
          >
            {unlocated.length === 0 ? (
              <p className="panel-state">{t('unlocatedNone')}</p>
            ) : (
              <ul className="unlocated-list">
                {unlocated.map((r) => (
                  <li key={r.project.id} data-testid="unlocated-project" data-project-id={r.project.id}>
                    <button type="button" className="link-button" onClick={() => setProject(r.project.id)}>
                      {nameIn(r.project, lang)}
                    </button>
                    <span className="unlocated-facts">
                      <ProjectStatusBadge status={r.status} /> · {t(`kind.${r.project.kind}`)} · {unitName(r)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>

      <Panel title={t('table')} testId="projects-table">
        <DataTable
          rows={shown}
          columns={columns}
          rowKey={(r) => r.project.id}
          caption={t('table')}
          csvName={t('csvName')}
          asOf={assessment.asOf}
          emptyText={t('empty')}
          testId="projects-data-table"
          rowClassName={(r) => (r.project.id === selected?.project.id ? 'row-selected' : undefined)}
        />
      </Panel>
    </>
  );
}

function ProjectDetails({ row, asOf, onClose }: { row: ProjectRow; asOf: string; onClose: () => void }) {
  const { t } = useTranslation('projects');
  const lang = useLang();
  const p = row.project;
  const history = historyAt(p, asOf);
  return (
    <Panel
      title={t('details')}
      testId="project-details"
      className="project-details"
      actions={
        <button type="button" className="btn ghost small" onClick={onClose} data-testid="close-project">
          {t('close')}
        </button>
      }
    >
      <h3 className="details-name" data-testid="details-name">
        {nameIn(p, lang)}
      </h3>
      <p className="details-status">
        <ProjectStatusBadge status={row.status} /> · {t(`kind.${p.kind}`)} <FnTags fns={p.functions} />
      </p>
      <dl className="details-facts">
        <div>
          <dt>{t('lead')}</dt>
          <dd>{row.lead ? nameIn(row.lead, lang) : (p.leadUnitId ?? '—')}</dd>
        </div>
        <div>
          <dt>{t('area')}</dt>
          <dd>{areaText(p.area, lang)}</dd>
        </div>
        <div>
          <dt>{t('location')}</dt>
          <dd className="num">
            {p.location ? `${p.location.lng.toFixed(3)}°E, ${p.location.lat.toFixed(3)}°N` : t('notLocated')}
          </dd>
        </div>
        <div>
          <dt>{t('since')}</dt>
          <dd>{formatDate(row.since, lang)}</dd>
        </div>
      </dl>
      <p className="details-description">
        {p.description ?? <span className="muted">{t('noDescription')}</span>}
      </p>
      <h4>{t('history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <ol className="timeline" data-testid="status-timeline">
          {history.map((e, i) => (
            <li key={`${e.date}-${i}`} className={`pstatus-${e.status}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <span className="timeline-date num">{formatDate(e.date, lang)}</span>
              <ProjectStatusBadge status={e.status} />
              {e.note ? <span className="timeline-note">{textIn(e.note, e.noteEn, lang)}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
