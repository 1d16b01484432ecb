/** The views, in the order of the navigation bar. Paths are stable: links to them are shared. */
export const NAV_ITEMS = [
  { path: '/', key: 'overview', end: true },
  { path: '/functions', key: 'functions', end: false },
  { path: '/tasks', key: 'tasks', end: false },
  { path: '/indicators', key: 'indicators', end: false },
  { path: '/units', key: 'units', end: false },
  { path: '/programme', key: 'programme', end: false },
  { path: '/projects', key: 'projects', end: false },
  { path: '/briefing', key: 'briefing', end: false },
  { path: '/big-screen', key: 'bigScreen', end: false },
] as const;

/** The staff's pages (sources, rows, mappings): in a menu of their own, apart from the leaders' views. */
export const ADMIN_ITEMS = [
  { path: '/data-health', key: 'dataHealth', end: false },
  { path: '/playground', key: 'playground', end: false },
] as const;
