import type { ReactNode } from 'react';
import { PanelFrame, type PanelFrameProps } from './panel-frame';

/** A titled card; each panel has its own error boundary so one failure never blanks the page. */
export function Panel({ actions, ...frame }: PanelFrameProps & { actions?: ReactNode }) {
  const aside = actions ? <div className="panel-actions">{actions}</div> : null;
  return <PanelFrame base="panel" aside={aside} {...frame} />;
}
