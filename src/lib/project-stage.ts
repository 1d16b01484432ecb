import { knownAt } from '../domain/metrics';
import type { IsoDate, Project, ProjectStatus } from '../domain/schemas';
import type { Theme } from './palette';

export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  'planned',
  'underConstruction',
  'operating',
  'completed',
  'suspended',
];

export type ProjectStatusEntry = Project['statusHistory'][number];

/**
 * Project stages are not the task lights (已完成 here is a finished building, not a finished task), so they
 * get their own hues, and each its own shape on the map and glyph in text, never colour alone.
 */
export const PROJECT_STATUS_COLORS: Record<Theme, Record<ProjectStatus, string>> = {
  dark: {
    planned: '#A5B4C8',
    underConstruction: '#FB923C',
    operating: '#2DD4BF',
    completed: '#60A5FA',
    suspended: '#FB7185',
  },
  light: {
    planned: '#475569',
    underConstruction: '#C2410C',
    operating: '#0F766E',
    completed: '#1D4ED8',
    suspended: '#BE123C',
  },
  ink: {
    planned: '#B8C2D1',
    underConstruction: '#FF9F4A',
    operating: '#3FE0C8',
    completed: '#6CB0FF',
    suspended: '#FF7A93',
  },
};

/** ECharts symbols, matched by the glyphs in text. */
export const PROJECT_STATUS_SYMBOL: Record<ProjectStatus, string> = {
  planned: 'emptyCircle',
  underConstruction: 'triangle',
  operating: 'circle',
  completed: 'diamond',
  suspended: 'rect',
};
export const PROJECT_STATUS_GLYPH: Record<ProjectStatus | 'unknown', string> = {
  planned: '○',
  underConstruction: '▲',
  operating: '●',
  completed: '◆',
  suspended: '■',
  unknown: '–',
};

/**
 * The history known at asOf, oldest first. A source may send the whole history (a later snapshot read
 * at an earlier date), so entries after asOf are dropped; of two on one day the later-listed wins.
 */
export function historyAt(project: Project, asOf: IsoDate): ProjectStatusEntry[] {
  return knownAt(project.statusHistory, asOf);
}

/** The stage at asOf, or null when the project has no entry yet. */
export function statusAt(project: Project, asOf: IsoDate): ProjectStatusEntry | null {
  return historyAt(project, asOf).at(-1) ?? null;
}
