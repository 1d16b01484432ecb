import type { AppConfig, BigScreenEntry } from '../../data/config';
import type { CanvasPreset } from './canvas';

export interface PlaylistProblem {
  /** Where in config.json, e.g. `bigScreen.canvases.48x9.playlist[2].screen`. */
  path: string;
  value: string;
}

export interface Page {
  /** One screen id per pane, left to right. */
  screens: string[];
  /** How long the page stays: its longest screen's duration. */
  seconds: number;
}

/**
 * The canvas's own playlist if config.json gives one, else the common one; screens the registry does not
 * know are left out and named, so a typo costs one screen, not the wall.
 */
export function resolvePlaylist(
  config: AppConfig['bigScreen'],
  canvas: CanvasPreset,
  known: ReadonlySet<string>,
): { entries: BigScreenEntry[]; problems: PlaylistProblem[] } {
  const own = config.canvases[canvas.id]?.playlist;
  const list = own ?? config.playlist;
  const base = own ? `bigScreen.canvases.${canvas.id}.playlist` : 'bigScreen.playlist';
  const problems: PlaylistProblem[] = [];
  const entries = list.filter((e, i) => {
    if (known.has(e.screen)) return true;
    problems.push({ path: `${base}[${i}].screen`, value: e.screen });
    return false;
  });
  return { entries, problems };
}

/**
 * The playlist cut into pages of one screen per pane. The last page is filled from the start of the list so
 * no pane is ever empty (a one-screen playlist shows it on every pane); a playlist no longer than the panes
 * is a single page that does not rotate.
 */
export function pagesOf(entries: readonly { screen: string; seconds: number }[], panes: number): Page[] {
  const n = entries.length;
  if (n === 0) return [];
  const per = Math.max(1, panes);
  const pages: Page[] = [];
  for (let start = 0; start < n; start += per) {
    const slice = Array.from({ length: per }, (_, k) => entries[(start + k) % n]!);
    pages.push({ screens: slice.map((e) => e.screen), seconds: Math.max(...slice.map((e) => e.seconds)) });
  }
  return pages;
}
