import type { SnapshotDiff } from '../../domain/metrics';
import type { TFunction } from '../../lib/i18n';

/** The one-line count of what changed between the two dates, as the briefing and the slides both say it. */
export const changeSummaryText = (t: TFunction, { summary: s }: SnapshotDiff): string =>
  t('changeSummary', {
    done: s.newlyDone,
    behind: s.newlyBehind,
    improved: s.improved,
    worsened: s.worsened,
    milestones: s.milestonesAchieved,
  });
