interface ProgressRingProps {
  /** Completion, 0..1. */
  value: number;
  /** Time elapsed, 0..1, drawn as a tick on the ring. */
  marker?: number | null;
  color: string;
  size?: number | string;
  label: string;
  children?: React.ReactNode;
}

const R = 42;
const C = 2 * Math.PI * R;

/** SVG, not canvas: crisp at any pixel density and cheap to update on a wall screen. */
export function ProgressRing({ value, marker, color, size = '7.5rem', label, children }: ProgressRingProps) {
  const v = Math.max(0, Math.min(1, value));
  const angle =
    marker === null || marker === undefined
      ? null
      : Math.max(0, Math.min(1, marker)) * 2 * Math.PI - Math.PI / 2;
  return (
    <div className="ring" style={{ width: size, height: size }} role="img" aria-label={label}>
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <circle cx="50" cy="50" r={R} className="ring-track" fill="none" strokeWidth="9" />
        <circle
          cx="50"
          cy="50"
          r={R}
          fill="none"
          stroke={color}
          strokeWidth="9"
          strokeLinecap="round"
          strokeDasharray={`${C * v} ${C}`}
          transform="rotate(-90 50 50)"
        />
        {angle !== null ? (
          <line
            className="ring-marker"
            x1={50 + (R - 8) * Math.cos(angle)}
            y1={50 + (R - 8) * Math.sin(angle)}
            x2={50 + (R + 8) * Math.cos(angle)}
            y2={50 + (R + 8) * Math.sin(angle)}
            strokeWidth="3"
          />
        ) : null}
      </svg>
      <div className="ring-center">{children}</div>
    </div>
  );
}
