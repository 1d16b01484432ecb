import type { ReactNode } from 'react';
import { Panel } from './panel';

interface ClosablePanelProps {
  title: ReactNode;
  testId: string;
  className: string;
  /** What the button says: "close" for a panel opened on purpose, "clear selection" for one that follows a pick. */
  closeLabel: string;
  closeTestId: string;
  onClose: () => void;
  children: ReactNode;
}

/** The panel about one chosen thing (a project, a unit), with the button in its head that lets it go. */
export function ClosablePanel({
  title,
  testId,
  className,
  closeLabel,
  closeTestId,
  onClose,
  children,
}: ClosablePanelProps) {
  return (
    <Panel
      title={title}
      testId={testId}
      className={className}
      actions={
        <button type="button" className="btn ghost small" onClick={onClose} data-testid={closeTestId}>
          {closeLabel}
        </button>
      }
    >
      {children}
    </Panel>
  );
}
