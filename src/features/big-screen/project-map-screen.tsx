import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { hasRows } from '../../domain/metrics';
import { nameIn } from '../../lib/names';
import { PROJECT_STATUS_GLYPH, PROJECT_STATUSES, statusAt } from '../../lib/project-stage';
import { useBoundary } from '../../data/use-boundary';
import { AutoScroll, type ScrollRow } from './auto-scroll';
import { BsMissing, BsPanel } from './bs-panel';
import { buildSchematicMap, type MapPoint } from './build-schematic-map';
import { SchematicMapSvg } from './schematic-map-svg';
import { useStageColor } from './use-stage-color';
import type { ScreenProps } from './screen-props';
import './wall-screens-messages';
import './wall-screens.css';

function useBoxSize() {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size] as const;
}

/**
 * 重点项目: the key projects on a schematic of the area drawn from their own coordinates (or the deployer's
 * licensed boundary), numbered markers coloured by stage, and beside it the list that names every project,
 * those without a location too.
 */
export function ProjectMapScreen({ assessment, data, lang, rem }: ScreenProps) {
  const { t } = useTranslation('wallScreens');
  const tc = useTranslation().t;
  const boundary = useBoundary();
  const [boxRef, box] = useBoxSize();
  const color = useStageColor();
  const known = hasRows(data, 'projects');
  const resource = tc('health.resource.projects');
  const cause =
    data.availability?.projects === 'notProvided'
      ? tc('health.causeNotProvided', { resource })
      : tc('health.causeMissing', { resource });

  const rows = data.projects.map((p, i) => ({
    p,
    n: i + 1,
    status: statusAt(p, assessment.asOf)?.status ?? null,
  }));
  const located = rows.filter((r) => r.p.location !== null);
  const px = (n: number) => (n * rem) / 16;
  const points: MapPoint[] = located.map((r) => ({
    id: r.p.id,
    n: r.n,
    lng: r.p.location!.lng,
    lat: r.p.location!.lat,
  }));
  const rings = boundary.data?.rings ?? null;
  const map = buildSchematicMap(points, rings, box.width, box.height, px(28), px(19));
  const statusOf = new Map(rows.map((r) => [r.p.id, r.status]));
  const note = boundary.error
    ? t('mapBoundaryFailed', { reason: boundary.error.message })
    : map.outlineKind === 'boundary'
      ? t('mapBoundary', {
          name: (lang === 'en' ? boundary.data?.nameEn : boundary.data?.name) ?? t('mapBoundaryUnnamed'),
        })
      : t('mapSchematic');

  const list: ScrollRow[] = rows.map((r) => ({
    key: r.p.id,
    node: (
      <div className="bs-plist-row">
        <span
          className={`bs-plist-no num${r.p.location ? '' : ' unlocated'}`}
          style={{ '--stage': color(r.status) } as React.CSSProperties}
        >
          {r.p.location ? r.n : '—'}
        </span>
        <span className="bs-plist-name">{nameIn(r.p, lang)}</span>
        <span className="bs-plist-stage" style={{ color: color(r.status) }}>
          {PROJECT_STATUS_GLYPH[r.status ?? 'unknown']} {t(`stage.${r.status ?? 'unknown'}`)}
        </span>
        {r.p.location ? null : <span className="bs-plist-unlocated bs-muted">{t('unlocated')}</span>}
      </div>
    ),
  }));
  const counts = PROJECT_STATUSES.map((s) => ({ s, n: rows.filter((r) => r.status === s).length })).filter(
    (c) => c.n > 0,
  );

  return (
    <div className="bs-body bs-wall-map" data-testid="bs-screen-map">
      <BsPanel title={t('map')} extra={note} className="bs-map-panel" testId="bs-map">
        {!known ? (
          <BsMissing cause={cause} />
        ) : (
          <div className="bs-map-box" ref={boxRef}>
            {box.width > 0 ? (
              <SchematicMapSvg map={map} rem={rem} statusOf={statusOf} label={`${t('map')} · ${note}`} />
            ) : null}
          </div>
        )}
      </BsPanel>
      <BsPanel
        title={t('projectList', { count: known ? rows.length : '—' })}
        className="bs-plist-panel"
        testId="bs-project-list"
      >
        {!known ? (
          <BsMissing cause={cause} />
        ) : (
          <>
            <ul className="bs-plist-counts">
              {counts.map(({ s, n }) => (
                <li key={s} style={{ color: color(s) }}>
                  {PROJECT_STATUS_GLYPH[s]} {t(`stage.${s}`)} <strong className="num">{n}</strong>
                </li>
              ))}
            </ul>
            <AutoScroll rows={list} rem={rem} testId="bs-plist-scroll" rowTestId="bs-plist-row" />
          </>
        )}
      </BsPanel>
    </div>
  );
}
