import type { ReactNode } from 'react';
import { FilterChip } from './filter-chip';

interface ChoiceChipsProps<K extends string | number> {
  choices: readonly K[];
  /** The chosen one; null is "all". */
  chosen: K | null;
  choose: (next: K | null) => void;
  allLabel: ReactNode;
  allTestId?: string;
  label: (k: K) => ReactNode;
  testId?: (k: K) => string;
  /** Classes after `chip` on each choice (not on "all"): `num` for a year. */
  className?: string;
}

/**
 * "All" and one chip a choice, at most one chosen: choosing the chosen one again goes back to all, so a
 * second click undoes the first. The URL owns the value; the chips only show and set it.
 */
export function ChoiceChips<K extends string | number>({
  choices,
  chosen,
  choose,
  allLabel,
  allTestId,
  label,
  testId,
  className,
}: ChoiceChipsProps<K>) {
  return (
    <>
      <FilterChip pressed={chosen === null} onClick={() => choose(null)} testId={allTestId}>
        {allLabel}
      </FilterChip>
      {choices.map((k) => (
        <FilterChip
          key={k}
          className={className}
          pressed={chosen === k}
          onClick={() => choose(chosen === k ? null : k)}
          testId={testId?.(k)}
        >
          {label(k)}
        </FilterChip>
      ))}
    </>
  );
}
