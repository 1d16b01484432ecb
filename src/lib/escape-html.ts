import { displayText } from './display-text';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** ECharts tooltips render HTML: every string from an API goes through this first (bidi controls removed too). */
export const escapeHtml = (s: unknown): string =>
  displayText(String(s ?? '')).replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
