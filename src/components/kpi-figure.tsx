import type { ReactNode } from 'react';

interface KpiFigureProps {
  value: ReactNode;
  /** The words under the figure; a panel whose title says what the figure is has none. */
  caption?: string;
  testId: string;
  /** Classes after `num big`: a status text colour where the figure is a verdict. */
  className?: string;
  /** A figure that sets the scale for another (time elapsed beside completion) reads quieter. */
  muted?: boolean;
}

/** One big figure of a panel, with its caption under it. */
export function KpiFigure({ value, caption, testId, className, muted = false }: KpiFigureProps) {
  return (
    <p className={muted ? 'kpi-figure muted' : 'kpi-figure'}>
      <span className={className ? `num big ${className}` : 'num big'} data-testid={testId}>
        {value}
      </span>
      {caption === undefined ? null : <span className="kpi-caption">{caption}</span>}
    </p>
  );
}
