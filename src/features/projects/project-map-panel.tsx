import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { useElementWidth } from '../../components/use-element-width';
import { useConfig } from '../../data/config-context';
import type { Lang } from '../../lib/format';
import { PALETTES } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { useTheme } from '../../stores/ui-store';
import { BOUNDARY_SERIES_PREFIX, buildProjectMapOption, type MapLabels } from './build-project-map-option';
import { PROJECT_STATUSES, PROJECT_STATUS_COLORS } from './project-status';
import { PROJECT_KINDS, type ProjectRow } from './select-projects';
import { useBoundary } from './use-boundary';
import './messages';

interface Props {
  located: ProjectRow[];
  selectedId: string | null;
  setProject: (id: string) => void;
  asOf: string;
  lang: Lang;
}

function useMapLabels(): MapLabels {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  return useMemo(
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
}

/** Tall enough to spread the crowded core on a phone; on a wall, within one screen under the filters. */
function mapHeightFor(mapWidth: number, rem: number): number {
  const narrow = mapWidth < 600;
  const heightCap = narrow ? 36 * rem : Math.max(15 * rem, Math.min(40 * rem, window.innerHeight * 0.6));
  return Math.round(Math.min(Math.max(mapWidth * (narrow ? 1.15 : 0.58), 15 * rem), heightCap));
}

/** The located projects on the district map, inside the boundary once it has loaded. */
export function ProjectMapPanel({ located, selectedId, setProject, asOf, lang }: Props) {
  const { t } = useTranslation('projects');
  const theme = useTheme();
  const palette = PALETTES[theme];
  const rem = useRem();
  const boundary = useBoundary();
  const [mapRef, measured] = useElementWidth<HTMLDivElement>();
  const mapWidth = measured ?? 0;
  const mapHeight = mapHeightFor(mapWidth, rem);
  const rings = boundary.data?.rings ?? null;
  const labels = useMapLabels();
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
        selectedId,
      }),
    [located, rings, mapWidth, mapHeight, palette, theme, lang, labels, rem, selectedId],
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

  return (
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
            downloadName={`${t('table.csvName')}-${asOf}`}
            onEvents={onEvents}
          />
        ) : null}
      </div>
      <p className="map-note">{t('mapNote')}</p>
      <BoundaryNote lang={lang} />
    </Panel>
  );
}

/** Where the boundary came from, or why it is missing: a map without it must say so. */
function BoundaryNote({ lang }: { lang: Lang }) {
  const { t } = useTranslation('projects');
  const config = useConfig();
  const boundary = useBoundary();
  if (!config.map.boundaryUrl) return null;
  const boundaryName = boundary.data
    ? ((lang === 'en' ? boundary.data.nameEn : null) ?? boundary.data.name ?? t('boundary'))
    : null;
  return (
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
  );
}
