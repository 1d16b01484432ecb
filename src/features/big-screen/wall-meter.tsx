import type { StatusCode } from '../../domain/codes';

const percent = (v: number) => `${Math.min(100, Math.round(v * 100))}%`;

/**
 * A wall meter: a fill for what was done (none where it is unknown, never a 0 bar) and a tick for where it
 * should be by now, drawn only beside a fill. `status` colours the fill (missing reads as no data); without
 * it the fill is the accent.
 */
export function WallMeter({
  value,
  mark,
  status,
}: {
  value: number | null;
  mark: number | null;
  status?: StatusCode | null;
}) {
  return (
    <div className="bs-meter" aria-hidden="true">
      {value === null ? null : (
        <span
          className={status === undefined ? 'bs-meter-fill' : `bs-meter-fill status-${status ?? 'noData'}`}
          style={{ width: percent(value) }}
        />
      )}
      {value === null || mark === null ? null : (
        <span className="meter-mark bs-meter-mark" style={{ left: percent(mark) }} />
      )}
    </div>
  );
}
