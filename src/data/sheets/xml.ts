/*
 * Just enough XML for SpreadsheetML, in a worker (which has no DOMParser): elements are found with
 * indexOf, never with a backtracking regular expression over the whole part, so a hostile file costs
 * linear time.
 */

const ENTITY = /&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (all, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The value of one attribute of a start tag (`<c r="A1" t="s">`), unescaped; null when absent. */
export function attr(tag: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = tag.indexOf(`${name}="`, from);
    if (at < 0) return null;
    const before = tag.charCodeAt(at - 1);
    // A whole attribute name: preceded by a space (or a namespace colon for r:id).
    if (before === 32 || before === 9 || before === 10 || before === 13 || before === 58) {
      const start = at + name.length + 2;
      const end = tag.indexOf('"', start);
      return end < 0 ? null : unescapeXml(tag.slice(start, end));
    }
    from = at + 1;
  }
}

export interface Element {
  /** The start tag, `<c r="A1" t="s">` (or the whole empty element `<c r="A1"/>`). */
  tag: string;
  /** What is between the start and end tags; '' for an empty element. */
  inner: string;
}

/**
 * Every `<name …>…</name>` (or `<name …/>`) in `xml`, in order, not nested in itself. `name` matches
 * with or without a namespace prefix is NOT handled: the parts Excel, WPS and LibreOffice write use none.
 */
export function* elements(xml: string, name: string, from = 0, to = xml.length): Generator<Element> {
  const open = `<${name}`;
  const close = `</${name}>`;
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + open.length);
    // `<c` must not match `<col` or `<cellXfs`.
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at = xml.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = xml.indexOf('>', at);
    if (tagEnd < 0) return;
    const tag = xml.slice(at, tagEnd + 1);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      yield { tag, inner: '' };
      at = xml.indexOf(open, tagEnd);
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) return;
    yield { tag, inner: xml.slice(tagEnd + 1, end) };
    at = xml.indexOf(open, end + close.length);
  }
}

/** The text of every `<t>` inside, joined (a shared string with rich-text runs), phonetic guides left out. */
export function textOf(inner: string): string {
  let s = inner;
  const ph = s.indexOf('<rPh');
  if (ph >= 0) s = s.replace(/<rPh\b[^>]*>[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const t of elements(s, 't')) out += unescapeXml(t.inner);
  return out;
}
