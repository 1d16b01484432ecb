import type { ProjectStatus } from '../../domain/schemas';
import { useTranslation } from '../../lib/i18n';
import type { SchematicMap } from './build-schematic-map';
import { useStageColor } from './use-stage-color';

interface Props {
  /** Laid out for the box it is drawn in: its width and height are the box's. */
  map: SchematicMap;
  rem: number;
  statusOf: ReadonlyMap<string, ProjectStatus | null>;
  /** What the drawing is, for a screen reader. */
  label: string;
}

/** The schematic itself: grid, outline, numbered markers by stage with leaders, scale bar and north arrow. */
export function SchematicMapSvg({ map, rem, statusOf, label }: Props) {
  const { t } = useTranslation('wallScreens');
  const color = useStageColor();
  const box = { width: map.width, height: map.height };
  const px = (n: number) => (n * rem) / 16;
  return (
    <svg
      className="bs-map-svg"
      width={box.width}
      height={box.height}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
    >
      <defs>
        <pattern id="bs-map-grid" width={px(48)} height={px(48)} patternUnits="userSpaceOnUse">
          <path d={`M${px(48)} 0H0V${px(48)}`} className="bs-map-gridline" />
        </pattern>
      </defs>
      <rect width={box.width} height={box.height} fill="url(#bs-map-grid)" />
      {map.outline ? <path d={map.outline} className={`bs-map-outline ${map.outlineKind}`} /> : null}
      {map.points.map((p) =>
        p.x !== p.ax || p.y !== p.ay ? (
          <g key={`l-${p.id}`}>
            <line x1={p.ax} y1={p.ay} x2={p.x} y2={p.y} className="bs-map-leader" />
            <circle cx={p.ax} cy={p.ay} r={px(4)} className="bs-map-dot" />
          </g>
        ) : null,
      )}
      {map.points.map((p) => {
        const s = statusOf.get(p.id) ?? null;
        return (
          <g key={p.id} data-testid="bs-map-marker" className={`bs-map-marker stage-${s ?? 'unknown'}`}>
            <circle cx={p.x} cy={p.y} r={px(19)} style={{ '--stage': color(s) } as React.CSSProperties} />
            <text x={p.x} y={p.y} className="bs-map-no num" dominantBaseline="central" textAnchor="middle">
              {p.n}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${px(28)} ${box.height - px(28)})`} className="bs-map-scale">
        <path d={`M0 ${-px(8)}V0H${map.scale.px}V${-px(8)}`} />
        <text x={map.scale.px / 2} y={-px(14)} textAnchor="middle" className="num">
          {map.scale.km} km
        </text>
      </g>
      <g transform={`translate(${box.width - px(40)} ${box.height - px(56)})`} className="bs-map-north">
        <path d={`M0 ${-px(26)}L${px(11)} ${px(8)}L0 0L${-px(11)} ${px(8)}Z`} />
        <text y={px(30)} textAnchor="middle">
          {t('north')}
        </text>
      </g>
    </svg>
  );
}
