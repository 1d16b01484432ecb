/*
 * The plan's fixed vocabularies as plain values. The zod schemas build on them; the screens import them
 * from here, so drawing a status bar or naming a resource never builds the schemas on the main thread
 * (the answers are validated in a worker, src/data/parse.worker.ts).
 */

export const FUNCTION_CODES = ['C', 'T', 'O'] as const;
export type FunctionCode = (typeof FUNCTION_CODES)[number];

/** Status lights shared by tasks, work items and indicators. */
export const STATUS_CODES = [
  'notStarted',
  'done',
  'onTrack',
  'watch',
  'lagging',
  'overdue',
  'missed',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

/** The REST contract's resources; every one answers `{ meta, data }`. */
export const RESOURCES = ['plan', 'units', 'tasks', 'indicators', 'workItems', 'projects'] as const;
export type ResourceName = (typeof RESOURCES)[number];

export const RESOURCE_PATHS: Record<ResourceName, string> = {
  plan: 'plan',
  units: 'units',
  tasks: 'tasks',
  indicators: 'indicators',
  workItems: 'work-items',
  projects: 'projects',
};
