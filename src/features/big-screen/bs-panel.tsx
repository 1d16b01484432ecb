import type { ReactNode } from 'react';
import './wall-theme.css';
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

/** A figure whose data is missing: a large "—" and the cause in words, never 0 or an empty list. */
export function BsMissing({ cause }: { cause: string }) {
  return (
    <div className="bs-missing" data-testid="bs-missing">
      <span className="bs-missing-dash num" aria-hidden="true">
        —
      </span>
      <span className="bs-missing-cause">{cause}</span>
    </div>
  );
}
