import { counterDigits } from './select-screen-data';

interface FlipCounterProps {
  value: number;
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
  const digits = counterDigits(value);
  return (
    <div className={`bs-counter tone-${tone}`} data-testid={testId} data-value={value}>
      <div className="bs-counter-digits" role="img" aria-label={`${label} ${value}${unit ?? ''}`}>
        {digits.map((d, i) => (
          <span key={`${digits.length - i}-${d}`} className="bs-digit" aria-hidden="true">
            {d}
          </span>
        ))}
        {unit ? (
          <span className="bs-counter-unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </div>
      <div className="bs-counter-label">{label}</div>
    </div>
  );
}
