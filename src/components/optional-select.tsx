import type { ReactNode } from 'react';

interface OptionalSelectProps {
  value: string | null;
  onChange: (next: string | null) => void;
  /** The first option's words ("no unit", "all units"): choosing it sets null. */
  noneLabel: string;
  testId: string;
  id?: string;
  /** The options after "none". */
  children: ReactNode;
}

/** A select that may be left unset: its first option is "none", and the empty value is null, never "". */
export function OptionalSelect({ value, onChange, noneLabel, testId, id, children }: OptionalSelectProps) {
  return (
    <select
      id={id}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || null)}
      data-testid={testId}
    >
      <option value="">{noneLabel}</option>
      {children}
    </select>
  );
}
