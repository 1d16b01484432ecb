import type { ReactNode } from 'react';
import { AutoScroll, type ScrollRow } from './auto-scroll';
import { BsMissing, BsPanel } from './bs-panel';

/**
 * A screen that is one board: a panel, a head row naming the columns, and the rows under it running by
 * themselves. Where the rows' data is missing, "—" and the cause instead of an empty board.
 */
export function WallBoard({
  testId,
  title,
  extra,
  panelTestId,
  missingCause,
  rowClass,
  columns,
  rows,
  rem,
  scrollTestId,
  rowTestId,
}: {
  testId: string;
  title: string;
  extra: ReactNode;
  panelTestId: string;
  /** The cause, when the rows' data is missing. */
  missingCause: string | null;
  /** The rows' own grid class, so the head's columns line up with theirs. */
  rowClass: string;
  columns: ReactNode[];
  rows: ScrollRow[];
  rem: number;
  scrollTestId: string;
  rowTestId: string;
}) {
  return (
    <div className="bs-body bs-wall-one" data-testid={testId}>
      <BsPanel title={title} extra={extra} testId={panelTestId}>
        {missingCause !== null ? (
          <BsMissing cause={missingCause} />
        ) : (
          <div className="bs-board">
            <div className={`${rowClass} bs-board-head`} aria-hidden="true">
              {columns.map((c, i) => (
                <span key={i}>{c}</span>
              ))}
            </div>
            <AutoScroll rows={rows} rem={rem} testId={scrollTestId} rowTestId={rowTestId} />
          </div>
        )}
      </BsPanel>
    </div>
  );
}
