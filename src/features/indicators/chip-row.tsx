import type { ReactNode } from 'react';

/** A filter row's label and its chips, the group named by the label for a screen reader. */
export function ChipRow({
  labelId,
  label,
  children,
}: {
  labelId: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <>
      <span className="ind-filter-label" id={labelId}>
        {label}
      </span>
      <div className="ind-chips" role="group" aria-labelledby={labelId}>
        {children}
      </div>
    </>
  );
}
