/**
 * Bidirectional controls (embeddings, overrides, isolates, marks) and zero-width characters, which make
 * text display other than it reads: "\u202E交大科技园" shows reversed, a zero-width space splits a name
 * that looks whole. Formatting, never content, in a Chinese and English plan's data.
 */
const CONTROLS = '[\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]';
const HAS_CONTROL = new RegExp(CONTROLS);
const EVERY_CONTROL = new RegExp(CONTROLS, 'g');

/**
 * API text as it is shown: those controls removed. Applied at the display boundary, the few functions
 * every view passes API text through on its way to the screen (`nameIn`, `shortNameIn` for names,
 * `escapeHtml` for chart tooltips and labels), rather than at validation time into a display copy: a copy
 * would double every string of the model in memory and in the kept cache, and the model (what CSV exports
 * are made from) must keep the text exactly as the source sent it. Exports take the raw fields
 * (`rawNameIn`).
 */
export const displayText = (s: string): string => (HAS_CONTROL.test(s) ? s.replace(EVERY_CONTROL, '') : s);
