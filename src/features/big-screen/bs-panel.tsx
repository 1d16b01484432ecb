import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';

/** A wall-screen panel: thin cyan frame, corner marks, its own error boundary. */
export function BsPanel({
  title,
  extra,
  children,
  className,
  testId,
}: {
  title: string;
  extra?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={className ? `bs-panel ${className}` : 'bs-panel'} data-testid={testId}>
      <header className="bs-panel-head">
        <h2>{title}</h2>
        {extra ? <span className="bs-panel-extra">{extra}</span> : null}
      </header>
      <div className="bs-panel-body">
        <ErrorBoundary>{children}</ErrorBoundary>
      </div>
    </section>
  );
}
