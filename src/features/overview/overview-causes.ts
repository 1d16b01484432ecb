/** Why a figure is "—": plain sentences, one per resource; and the rows validation left out. */
export interface OverviewCauses {
  tasks: string;
  indicators: string;
  plan: string;
  droppedTasks: string | null;
}
