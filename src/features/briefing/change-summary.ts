import type { SnapshotDiff } from '../../domain/metrics';
import type { TFunction } from '../../lib/i18n';
import { formatDate, type Lang } from '../../lib/format';

/** The one-line count of what changed between the two dates, as the briefing and the slides both say it. */
export const changeSummaryText = (t: TFunction, { summary: s }: SnapshotDiff): string =>
  t('changeSummary', {
    done: s.newlyDone,
    behind: s.newlyBehind,
    improved: s.improved,
    worsened: s.worsened,
    milestones: s.milestonesAchieved,
  });

/** The changes section's heading: since the compare date, or that there is none to compare with. */
export const changesHeading = (t: TFunction, compareAsOf: string | null, lang: Lang): string =>
  compareAsOf ? t('changes', { date: formatDate(compareAsOf, lang) }) : t('changesNone');
