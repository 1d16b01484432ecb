/** `{asOf}`, `{asOf:YYYYMMDD}`, `{year}`, `{month}`, `{day}`; any other `{…}` is a mistake. */
export const PLACEHOLDER = /\{(asOf(?::[^{}]{1,20})?|year|month|day)\}/g;
const ANY_BRACE = /\{[^{}]*\}/g;

export function unknownPlaceholders(s: string): string[] {
  return (s.match(ANY_BRACE) ?? []).filter((p) => !new RegExp(`^${PLACEHOLDER.source}$`).test(p));
}
