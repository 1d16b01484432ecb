/** How a task sheet with the ledger's Chinese headers maps to a task: the sheet tests' common columns. */
export const TASK_SHEET_FIELDS = {
  id: '任务编号',
  order: { path: '序号', type: 'integer' },
  aspectId: '所属方面',
  name: '任务名称',
  functions: { path: '服务功能', type: 'list' },
  leadUnitId: '牵头单位',
  start: { path: '开始日期', type: 'date' },
  due: { path: '完成期限', type: 'date' },
} as const;
