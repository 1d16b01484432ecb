import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { progressSeries, timeProgressSeries } from '../../domain/metrics';
import type { IsoDate } from '../../domain/schemas';
import { formatDate } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildTaskProgressOption } from './build-task-progress-option';
import type { TaskRow } from './filter-tasks';
import { milestoneRows } from './select-task-detail';
import './messages';

/** The task's reported progress against its time progress, with its milestones. */
export function TaskProgressPanel({ row, asOf }: { row: TaskRow; asOf: IsoDate }) {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const { task } = row;

  const option = useMemo(() => {
    // Past the due date the time line stays at 100% up to the as-of date, which is what makes a task overdue.
    const dates = asOf > task.due ? [task.start, task.due, asOf] : [task.start, task.due];
    return buildTaskProgressOption(
      progressSeries(task, asOf),
      timeProgressSeries(task.start, task.due, dates),
      milestoneRows(task.milestones, asOf).map((m) => ({
        name: nameIn(m.milestone, lang),
        planned: m.milestone.planned,
        actual: m.actual,
        verdict: m.verdict,
      })),
      asOf,
      palette,
      lang,
      {
        progress: t('detail.series.progress'),
        timeProgress: t('detail.series.timeProgress'),
        asOf: t('detail.series.asOf', { date: formatDate(asOf, lang) }),
        planned: t('detail.planned'),
        actual: t('detail.actual'),
        verdict: {
          onTime: t('verdict.onTime'),
          late: t('verdict.late'),
          missed: t('verdict.missed'),
          upcoming: t('verdict.upcoming'),
        },
      },
      rem,
    );
  }, [task, asOf, palette, lang, t, rem]);

  return (
    <Panel title={t('detail.chart')} className="task-chart-panel" testId="task-progress-chart">
      <Chart
        option={option}
        label={t('detail.chartLabel')}
        height="min(24rem, 50vh)"
        downloadName={`${task.id}-${t('detail.chartDownload')}-${asOf}`}
      />
    </Panel>
  );
}
