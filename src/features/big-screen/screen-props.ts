import type { PlanAssessment, PlanData } from '../../domain/metrics';
import type { StatusThresholds } from '../../domain/metrics';
import type { Lang } from '../../lib/format';
import type { Palette } from '../../lib/palette';

/** What every big-screen composition is drawn from: one assessment, one palette, the stage's rem. */
export interface ScreenProps {
  assessment: PlanAssessment;
  data: PlanData;
  palette: Palette;
  lang: Lang;
  rem: number;
  /** A portrait column: one panel across, so labels get less width. */
  portrait: boolean;
  unitName: (id: string) => string;
  targetIds: readonly string[];
  thresholds: StatusThresholds;
  /** Why a figure reads "—": a plain sentence per resource the wall counts. */
  causes: { tasks: string; indicators: string };
}
