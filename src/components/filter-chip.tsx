import type { ReactNode } from 'react';
import type { FunctionCode } from '../domain/codes';

interface FilterChipProps {
  pressed: boolean;
  onClick: () => void;
  /** Classes after `chip`: a status colour, `num` for a year. */
  className?: string;
  testId?: string;
  title?: string;
  disabled?: boolean;
  children: ReactNode;
}

/** One toggle of a filter row. The URL owns the value; the chip only shows and flips it. */
export function FilterChip({
  pressed,
  onClick,
  className,
  testId,
  title,
  disabled,
  children,
}: FilterChipProps) {
  return (
    <button
      type="button"
      className={className ? `chip ${className}` : 'chip'}
      aria-pressed={pressed}
      onClick={onClick}
      disabled={disabled}
      data-testid={testId}
      title={title}
    >
      {children}
    </button>
  );
}

/** A function's letter tag and name, as every function chip shows them. */
export function FnChipLabel({ code, name }: { code: FunctionCode; name: string }) {
  return (
    <>
      <span className={`fn-tag fn-${code}`} aria-hidden="true">
        {code}
      </span>
      {name}
    </>
  );
}

/**
 * `list` with `v` added or taken away. With `order`, the result keeps that order, so the same choice
 * always writes the same URL; without, a new value goes last.
 */
export function toggleIn<K extends string>(list: readonly K[], v: K, order?: readonly K[]): K[] {
  if (list.includes(v)) return list.filter((x) => x !== v);
  return order ? order.filter((x) => x === v || list.includes(x)) : [...list, v];
}

interface StatusChipsProps<K extends string> {
  keys: readonly K[];
  selected: readonly K[];
  onToggle: (k: K) => void;
  glyph: (k: K) => string;
  label: (k: K) => ReactNode;
  count: (k: K) => number;
  chipClass: (k: K) => string;
  testId: (k: K) => string;
  /** The glyph's class: the plan's statuses and the projects' stages colour theirs differently. */
  glyphClass?: string;
  /** The count's element: a bold figure where the count is the point, a quiet one where it is a hint. */
  countAs?: 'span' | 'strong';
  countClass?: string;
  /** Chips that would show nothing are disabled rather than hidden where the row should keep its shape. */
  disabled?: (k: K) => boolean;
}

/** A row of status chips, each a glyph, a word and how many there are; several may be pressed. */
export function StatusChips<K extends string>({
  keys,
  selected,
  onToggle,
  glyph,
  label,
  count,
  chipClass,
  testId,
  glyphClass = 'status-glyph',
  countAs: Count = 'span',
  countClass = 'num',
  disabled,
}: StatusChipsProps<K>) {
  return (
    <>
      {keys.map((k) => (
        <FilterChip
          key={k}
          className={chipClass(k)}
          pressed={selected.includes(k)}
          onClick={() => onToggle(k)}
          disabled={disabled?.(k)}
          testId={testId(k)}
        >
          <span className={glyphClass} aria-hidden="true">
            {glyph(k)}
          </span>
          {label(k)} <Count className={countClass}>{count(k)}</Count>
        </FilterChip>
      ))}
    </>
  );
}

/** A labelled row of chips: the label names the group for a screen reader too, unless `ariaLabel` says more. */
export function ChipGroup({
  label,
  ariaLabel = label,
  className,
  labelClassName,
  children,
}: {
  label: string;
  ariaLabel?: string;
  className: string;
  labelClassName: string;
  children: ReactNode;
}) {
  return (
    <div className={className} role="group" aria-label={ariaLabel}>
      <span className={labelClassName}>{label}</span>
      {children}
    </div>
  );
}
