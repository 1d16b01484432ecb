import { counterDigits } from './select-screen-data';
import { useCountTo } from './use-count-to';
import { useReducedMotion } from './use-reduced-motion';

interface FlipCounterProps {
  /** Null when its data is missing: the card reads "—", never 0. */
  value: number | null;
  label: string;
  unit?: string;
  tone: 'onTrack' | 'behind' | 'done' | 'met' | 'watch';
  testId: string;
}

/**
 * DOM digits on cards, never canvas: crisp at any size. A new figure counts from the one shown before
 * (not under reduced motion); once settled, a digit that changed gets a new key, so its card plays the
 * flip once, and nothing animates while the figure stands still. The label always carries the true figure.
 */
export function FlipCounter({ value, label, unit, tone, testId }: FlipCounterProps) {
  const { shown, counting } = useCountTo(testId, value, useReducedMotion());
  const digits = shown === null ? ['—'] : counterDigits(shown, value === null ? 1 : String(value).length);
  return (
    <div
      className={`bs-counter tone-${value === null ? 'missing' : tone}${counting ? ' counting' : ''}`}
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
