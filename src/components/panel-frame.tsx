import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

export interface PanelFrameProps {
  title: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * The titled section every panel is, the office's (`panel`) and the wall's (`bs-panel`): the classes are the
 * base and its `-head`/`-body`, so each keeps its own look; the body has its own error boundary so one
 * failure never blanks the page.
 */
export function PanelFrame({
  base,
  title,
  aside,
  children,
  className,
  testId,
}: PanelFrameProps & { base: string; aside: ReactNode }) {
  return (
    <section className={className ? `${base} ${className}` : base} data-testid={testId}>
      <header className={`${base}-head`}>
        <h2 className="title-mark">{title}</h2>
        {aside}
      </header>
      <div className={`${base}-body`}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
