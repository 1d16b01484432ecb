import { displayText } from './display-text';

/*
 * Every text ECharts draws comes from the option: axis labels and category names, series and legend names,
 * titles, data labels, and whatever a formatter or a custom series' renderItem returns. Tooltips pass API
 * text through escapeHtml, but the rest is drawn on the canvas as it came, and a direction override there
 * reverses a unit's name on the wall. So the one chart component passes every option through this on its
 * way to setOption: one place, and an option builder written tomorrow is covered too.
 */

const isPlain = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** A function of the option (a formatter, renderItem) whose text results are neutralised as well. */
function wrap(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return function (this: unknown, ...args: unknown[]) {
    return chartText(fn.apply(this, args));
  };
}

/**
 * The option with bidirectional controls and zero-width characters removed from every string in it and
 * from every string its functions return. Plain objects and arrays are copied (only where something
 * changed); anything else (a gradient, a Date) is kept as it is. Pure: the option given is not changed.
 */
export function chartText<T>(value: T): T {
  if (typeof value === 'string') return displayText(value) as T;
  if (typeof value === 'function') return wrap(value as (...args: unknown[]) => unknown) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const n = chartText(v);
      if (n !== v) (out ??= value.slice())[i] = n;
    }
    return (out ?? value) as T;
  }
  if (!isPlain(value)) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const n = chartText(v);
    if (n !== v) (out ??= { ...(value as Record<string, unknown>) })[k] = n;
  }
  return (out ?? value) as T;
}
