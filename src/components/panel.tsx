import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

interface PanelProps {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** A titled card; each panel has its own error boundary so one failure never blanks the page. */
export function Panel({ title, actions, children, className, testId }: PanelProps) {
  return (
    <section className={className ? `panel ${className}` : 'panel'} data-testid={testId}>
      <header className="panel-head">
        <h2>{title}</h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <div className="panel-body">
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
