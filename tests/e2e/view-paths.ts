/**
 * The office pages inside the header, one of each kind: every view, and a task's page for the detail pages.
 * The wall and the presenter fill the screen on their own; specs that cover them add them.
 */
export const OFFICE_PAGES = [
  '/',
  '/functions',
  '/tasks',
  '/tasks/T09',
  '/indicators',
  '/units',
  '/programme',
  '/projects',
  '/briefing',
  '/data-health',
  '/playground',
];
