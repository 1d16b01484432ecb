import type { PlanDataState } from './use-plan-data';

/*
 * The overview's headline figures as last painted from fresh answers, kept (a few hundred bytes in
 * localStorage, read synchronously) so that public/boot.js can paint them as text before the app's scripts
 * have even run: a reload shows them in its first frames, with the date they describe and when they were
 * fetched, then the app replaces them with its own render of the kept answers. Only figures the app drew
 * from answers that arrived whole and fresh are kept; boot.js paints them only for the same config.json
 * (its hash), the same address and language, and never as HTML.
 */

export const KEPT_HEADLINE_KEY = 'zerobay-kept-headline';
export const KEPT_HEADLINE_VERSION = 1;

/** An element as text: tag, class, the test id it had, and its text or children. */
export interface KeptNode {
  t: string;
  c?: string;
  id?: string;
  x?: string;
  /** Its flex-grow (a status bar's segment is as wide as its count). */
  g?: number;
  k?: KeptNode[];
}

export interface KeptHeadline {
  v: number;
  /** Hash of config.json's text (computed by public/boot.js): figures of another source are never painted. */
  config: string;
  /** The app's entry script: figures laid out by another build (another look, other rules) are not painted. */
  build: string;
  path: string;
  search: string;
  lang: string;
  /** A complete sentence: the report date, when the answers were fetched, and that they are being renewed. */
  note: string;
  row: KeptNode;
}

declare global {
  interface Window {
    /** Set by public/boot.js once config.json has arrived: a hash of its text. */
    __zerobayConfigHash?: string;
  }
}

/** The page's module scripts' addresses, which change with every build (the first alone may be a runtime that does not). */
export function buildId(): string {
  return [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')]
    .map((s) => s.src)
    .join(' ');
}

/** Forgets the kept headline: the kept answers behind it were found unusable. */
export function dropKeptHeadline(): void {
  try {
    window.localStorage.removeItem(KEPT_HEADLINE_KEY);
  } catch {
    /* no storage: nothing kept */
  }
}

/** Elements copied; anything else (a chart, an SVG ring, a button) is left out. */
const TAGS = new Set(['div', 'p', 'span', 'section', 'header', 'h2', 'strong', 'ul', 'li']);
const MAX_NODES = 200;

/** The element's tree as plain data (text only, no attributes but class and test id), or null if too big. */
export function describeNode(el: Element, budget = { left: MAX_NODES }): KeptNode | null {
  const tag = el.tagName.toLowerCase();
  if (!TAGS.has(tag) || --budget.left < 0) return null;
  const node: KeptNode = { t: tag };
  const cls = el.getAttribute('class');
  if (cls) node.c = cls;
  const id = el.getAttribute('data-testid');
  if (id) node.id = id;
  const grow = Number((el as HTMLElement).style?.flexGrow);
  if (grow > 0) node.g = grow;
  if (el.children.length === 0) {
    const text = el.textContent ?? '';
    if (text) node.x = text;
    return node;
  }
  const kids: KeptNode[] = [];
  for (const child of Array.from(el.children)) {
    const d = describeNode(child, budget);
    if (budget.left < 0) return null;
    if (d) kids.push(d);
  }
  node.k = kids;
  return node;
}

/** Whether every resource of the report date is on screen from a fresh, settled answer. */
export function allFresh(state: Pick<PlanDataState, 'resources' | 'pending' | 'asOf'>): boolean {
  return (
    !state.pending &&
    state.asOf !== null &&
    state.resources.length > 0 &&
    state.resources.every(
      (r) => r.status === 'notProvided' || (r.status === 'success' && !r.error && !r.fetching),
    )
  );
}

/** When the figures on screen were fetched: the oldest of the answers they come from. */
export function fetchedAt(state: Pick<PlanDataState, 'resources'>): number {
  const times = state.resources.filter((r) => r.status === 'success').map((r) => r.updatedAt);
  return times.length ? Math.min(...times) : 0;
}

export function saveKeptHeadline(headline: KeptHeadline): void {
  try {
    window.localStorage.setItem(KEPT_HEADLINE_KEY, JSON.stringify(headline));
  } catch {
    /* no storage or full: the next reload paints from the app's own render, a little later */
  }
}
