import type { ReactNode } from 'react';
import './wall-theme.css';
import { PanelFrame, type PanelFrameProps } from '../../components/panel-frame';

/** A wall-screen panel: thin cyan frame, corner marks, its own error boundary. */
export function BsPanel({ extra, ...frame }: PanelFrameProps & { title: string; extra?: ReactNode }) {
  const aside = extra ? <span className="bs-panel-extra">{extra}</span> : null;
  return <PanelFrame base="bs-panel" aside={aside} {...frame} />;
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
