/**
 * The project stages' words, one copy for every view that names them (the projects page, the wall's map):
 * two views must never call the same stage two things. `unknown` is a project with no stage by the date.
 */
type StageWords = Record<
  'planned' | 'underConstruction' | 'operating' | 'completed' | 'suspended' | 'unknown',
  string
>;

export const PROJECT_STAGE_NAMES: { zh: StageWords; en: StageWords } = {
  zh: {
    planned: '规划中',
    underConstruction: '在建',
    operating: '运营',
    completed: '已完成',
    suspended: '暂停',
    unknown: '未纳入',
  },
  en: {
    planned: 'Planned',
    underConstruction: 'Under construction',
    operating: 'Operating',
    completed: 'Completed',
    suspended: 'Suspended',
    unknown: 'Not yet listed',
  },
};
