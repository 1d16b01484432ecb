import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useNavigate } from '../../lib/router';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { STATUS_GLYPH } from '../../components/status-badge';
import { isMilestoneAchieved } from '../../domain/metrics';
import type { ChartInstance } from '../../lib/echarts';
import type { IsoDate } from '../../domain/schemas';
import { formatDate, type Lang } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { useTheme } from '../../stores/ui-store';
import { buildTimelineOption, timelineHeight, type TimelineTask } from './build-timeline-option';
import { shortAspectName, type TaskRow } from './filter-tasks';
import { milestoneVerdict } from './select-task-detail';
import './messages';

const PHONE = '(max-width: 760px)';
/**
 * One bar per task: beyond this the chart would be metres tall (a source may have 10,000 tasks), so it shows
 * the first ones.
 */
export const TIMELINE_MAX_TASKS = 60;
const subscribe = (cb: () => void) => {
  const mq = window.matchMedia(PHONE);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};
const useIsPhone = () =>
  useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE).matches,
    () => false,
  );

interface Props {
  rows: TaskRow[];
  asOf: IsoDate;
  lang: Lang;
  shared: string;
}

/** The filtered tasks on one time axis, in the table's order; a click opens the task. */
export function TimelinePanel({ rows, asOf, lang, shared }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const compact = useIsPhone();
  const navigate = useNavigate();

  const tasks = useMemo<TimelineTask[]>(
    () =>
      rows.slice(0, TIMELINE_MAX_TASKS).map((r) => ({
        id: r.task.id,
        label: `${r.task.order} ${nameIn(r.task, lang)}`,
        name: nameIn(r.task, lang),
        aspect: r.aspect ? `${r.aspectRank + 1} ${shortAspectName(nameIn(r.aspect, lang))}` : r.task.aspectId,
        lead: shortNameIn(r.lead ?? undefined, lang, r.task.leadUnitId),
        start: r.task.start,
        due: r.task.due,
        progress: r.a.progress,
        timeProgress: r.a.timeProgress,
        gap: r.a.gap,
        status: r.a.status,
        statusLabel: tc(`status.${r.a.status}`),
        glyph: STATUS_GLYPH[r.a.status],
        milestones: r.task.milestones.map((m) => ({
          name: nameIn(m, lang),
          planned: m.planned,
          actual: isMilestoneAchieved(m, asOf) ? m.actual : null,
          verdict: t(`verdict.${milestoneVerdict(m, asOf)}`),
        })),
      })),
    [rows, lang, asOf, t, tc],
  );

  const option = useMemo(
    () =>
      buildTimelineOption(
        tasks,
        asOf,
        palette,
        lang,
        {
          plan: t('timeline.plan'),
          msAchieved: t('timeline.msAchieved'),
          msOpen: t('timeline.msOpen'),
          asOf: t('timeline.asOf', { date: formatDate(asOf, lang) }),
          lead: t('col.lead'),
          progress: t('col.progress'),
          timeProgress: t('col.timeProgress'),
          gap: t('col.gap'),
          status: t('col.status'),
          planned: t('detail.planned'),
          actual: t('detail.actual'),
        },
        { rem, compact },
      ),
    [tasks, asOf, palette, lang, t, rem, compact],
  );

  const open = useCallback(
    (params: unknown) => {
      const p = params as { data?: { taskId?: string }; componentType?: string; value?: unknown };
      const id =
        p.data?.taskId ??
        (p.componentType === 'yAxis' ? tasks.find((x) => x.label === p.value)?.id : undefined);
      if (id) void navigate(`/tasks/${encodeURIComponent(id)}${shared}`);
    },
    [navigate, shared, tasks],
  );
  // Truncated task names get the task's tooltip when the pointer is on the axis label.
  const chartRef = useRef<ChartInstance | null>(null);
  const onReady = useCallback((chart: ChartInstance) => {
    chartRef.current = chart;
  }, []);
  const labelTip = useCallback(
    (params: unknown) => {
      const p = params as { componentType?: string; value?: unknown };
      if (p.componentType !== 'yAxis') return;
      const dataIndex = tasks.findIndex((x) => x.label === p.value);
      if (dataIndex >= 0) chartRef.current?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex });
    },
    [tasks],
  );
  const hideTip = useCallback((params: unknown) => {
    if ((params as { componentType?: string }).componentType === 'yAxis')
      chartRef.current?.dispatchAction({ type: 'hideTip' });
  }, []);
  const onEvents = useMemo(
    () => ({ click: open, mouseover: labelTip, mouseout: hideTip }),
    [open, labelTip, hideTip],
  );

  return (
    <Panel title={t('timeline.title')} className="timeline-panel" testId="task-timeline">
      {tasks.length === 0 ? (
        <p className="panel-state">{t('timeline.empty')}</p>
      ) : (
        <>
          <p className="timeline-note">{t('timeline.legendNote')}</p>
          {rows.length > tasks.length ? (
            <p className="timeline-note" data-testid="timeline-capped">
              {t('timeline.capped', { shown: tasks.length, total: rows.length })}
            </p>
          ) : null}
          <Chart
            option={option}
            label={t('timeline.label')}
            height={timelineHeight(tasks.length, rem, compact)}
            downloadName={`${t('timeline.download')}-${asOf}`}
            onEvents={onEvents}
            onReady={onReady}
          />
        </>
      )}
    </Panel>
  );
}
