/**
 * Hostile text for the `xss` scenario: every human-readable string of every resource is prefixed with one
 * of these, ids, dates and codes left valid, so the app shows the data and a test can prove it shows the
 * payloads as literal text and runs none of them (each sets window.__xss if it ever executes).
 */
export const XSS_PAYLOADS = [
  '<script>window.__xss="script"</script>',
  '<img src=x onerror="window.__xss=\'img\'">',
  'javascript:window.__xss="url"//',
  '<svg onload="window.__xss=\'svg\'"><circle r=5></circle></svg>',
  '<a href="javascript:window.__xss=\'a\'">link</a>',
  '\u202Egnp.exe\u202C ',
  '{{constructor.constructor("window.__xss=1")()}}',
] as const;

const LONG = 'W'.repeat(380);

/** Keys whose values are free text in the canonical model (never ids, dates, codes or enums). */
const TEXT_KEYS = new Set([
  'name',
  'nameEn',
  'shortName',
  'shortNameEn',
  'description',
  'descriptionEn',
  'note',
  'noteEn',
  'reason',
  'setBy',
  'label',
  'source',
  'unit',
  'unitEn',
]);

/** Fields with a short length limit in the schemas: a payload would make the row invalid, so they get a short one. */
const SHORT_KEYS = new Set(['unit', 'unitEn', 'label', 'shortName', 'shortNameEn']);

export function injectXss<T>(value: T, counter = { n: 0 }): T {
  if (Array.isArray(value)) return value.map((v) => injectXss(v, counter)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && TEXT_KEYS.has(k)) {
      const i = counter.n++;
      out[k] = SHORT_KEYS.has(k)
        ? `<b>${v}`.slice(0, 20)
        : i % 11 === 10
          ? `${LONG}${v}`
          : `${XSS_PAYLOADS[i % XSS_PAYLOADS.length]}${v}`;
    } else {
      out[k] = injectXss(v, counter);
    }
  }
  return out as T;
}
