import { useTranslation } from '../lib/i18n';
import { STATUS_CODES, type StatusCode } from '../domain/codes';
import { STATUS_GLYPH } from './status-badge';

interface StatusBarProps {
  counts: Record<StatusCode, number>;
  kind?: 'task' | 'indicator';
  noData?: number;
  showLegend?: boolean;
}

/** Counts per status as one stacked bar with a labelled legend (glyph + word + number). */
export function StatusBar({ counts, kind = 'task', noData = 0, showLegend = true }: StatusBarProps) {
  const { t } = useTranslation();
  const ns = kind === 'task' ? 'status' : 'indicatorStatus';
  const total = STATUS_CODES.reduce((n, s) => n + counts[s], 0) + noData;
  const entries = [...STATUS_CODES.map((s) => [s, counts[s]] as const), ['noData', noData] as const].filter(
    ([, n]) => n > 0,
  );
  return (
    <div className="status-bar">
      <div className="status-bar-track" aria-hidden="true">
        {entries.map(([s, n]) => (
          <span
            key={s}
            className={`status-seg status-${s}`}
            style={{ flexGrow: n }}
            title={`${t(`${ns}.${s}`)} ${n}`}
          />
        ))}
        {total === 0 ? <span className="status-seg status-noData" style={{ flexGrow: 1 }} /> : null}
      </div>
      {showLegend ? (
        <ul className="status-legend">
          {entries.map(([s, n]) => (
            <li key={s} className={`status-${s}`} data-testid={`count-${s}`}>
              <span className="status-glyph" aria-hidden="true">
                {STATUS_GLYPH[s]}
              </span>
              <span className="legend-label">{t(`${ns}.${s}`)}</span>
              <strong className="num">{n}</strong>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
