import { counterDigits } from './select-screen-data';

interface FlipCounterProps {
  /** Null when its data is missing: the card reads "—", never 0. */
  value: number | null;
  label: string;
  unit?: string;
  tone: 'onTrack' | 'behind' | 'done' | 'met' | 'watch';
  testId: string;
}

/**
 * DOM digits on cards, never canvas: crisp at any size. A digit that changes gets a new key, so its card
 * plays the flip once (a CSS transform), and nothing animates while the figure stands still.
 */
export function FlipCounter({ value, label, unit, tone, testId }: FlipCounterProps) {
  const digits = value === null ? ['—'] : counterDigits(value);
  return (
    <div
      className={`bs-counter tone-${value === null ? 'missing' : tone}`}
      data-testid={testId}
      data-value={value ?? 'missing'}
    >
      <div
        className="bs-counter-digits"
        role="img"
        aria-label={`${label} ${value ?? '—'}${value === null ? '' : (unit ?? '')}`}
      >
        {digits.map((d, i) => (
          <span key={`${digits.length - i}-${d}`} className="bs-digit" aria-hidden="true">
            {d}
          </span>
        ))}
        {unit && value !== null ? (
          <span className="bs-counter-unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </div>
      <div className="bs-counter-label">{label}</div>
    </div>
  );
}
