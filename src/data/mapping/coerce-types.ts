/** The conversions a field map may name (`"type": "date"` …); kept apart so config parsing does not load them. */
export const COERCE_TYPES = [
  'string',
  'number',
  'integer',
  'percent',
  'fraction',
  'date',
  'datetime',
  'list',
  'boolean',
] as const;
export type CoerceType = (typeof COERCE_TYPES)[number];
export type MonthDay = 'start' | 'end';
