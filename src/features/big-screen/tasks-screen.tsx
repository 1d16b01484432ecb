import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { WallChartPanel } from './wall-chart';
import { WallMeter } from './wall-meter';
import { StatusBar } from '../../components/status-bar';
import { monthEnds, overallProgressSeries } from '../../domain/metrics';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { AttentionList } from './attention-list';
import { BsMissing, BsPanel } from './bs-panel';
import { buildBarsOption } from './build-task-bars-option';
import { buildProgressTrendOption } from '../../lib/charts/build-progress-trend-option';
import type { ScreenProps } from './screen-props';

/**
 * 任务: every task's progress against time (full names, wrapped), by aspect with the trend under it, the
 * lagging ones with their latest notes. The trend is as tall as the aspects, so its axes read across a hall.
 */
export function TasksScreen(props: ScreenProps) {
  const { t } = useTranslation('bigScreen');
  const tc = useTranslation().t;
  const { assessment, data, palette, lang, rem } = props;

  const bars = useMemo(
    () =>
      buildBarsOption(
        [...assessment.tasks]
          .sort((x, y) => x.task.order - y.task.order)
          .map(({ task, a }) => ({
            label: `${task.order}  ${nameIn(task, lang)}`,
            name: `${task.order} ${nameIn(task, lang)} · ${props.unitName(task.leadUnitId)}`,
            value: a.progress,
            mark: a.timeProgress,
            status: a.status,
          })),
        palette,
        { value: t('completion'), mark: t('timeProgress'), status: (s) => tc(`status.${s ?? 'noData'}`) },
        rem,
        { labelWidth: props.portrait ? 330 : 400 },
      ),
    [assessment, palette, lang, rem, t, tc, props],
  );

  const trend = useMemo(() => {
    const tasks = assessment.tasks.map((x) => x.task);
    const points = overallProgressSeries(tasks, monthEnds(data.plan.period.start, assessment.asOf));
    return buildProgressTrendOption(
      points,
      palette,
      lang,
      { completion: t('overallCompletion'), timeProgress: t('timeProgress') },
      { rem, textPx: 20 },
    );
  }, [assessment, data.plan.period.start, palette, lang, rem, t]);

  return (
    <div className="bs-body bs-tasks" data-testid="bs-screen-tasks">
      <div className="bs-area-left bs-column">
        <BsPanel title={t('aspects')}>
          {assessment.byAspect === null ? <BsMissing cause={props.causes.tasks} /> : null}
          <ol className="bs-aspects">
            {(assessment.byAspect ?? []).map((r) => {
              const aspect = data.plan.aspects.find((a) => a.id === r.key);
              return (
                <li key={r.key}>
                  <div className="bs-aspect-head">
                    <span>{aspect ? nameIn(aspect, lang) : r.key}</span>
                    <span className="num bs-aspect-pct">{formatPercent(r.meanProgress)}</span>
                  </div>
                  <WallMeter value={r.meanProgress} mark={r.meanTimeProgress} />
                  <StatusBar counts={r.counts} />
                </li>
              );
            })}
          </ol>
        </BsPanel>
        <WallChartPanel
          title={t('trend')}
          className="bs-grow"
          testId="bs-trend"
          rem={rem}
          option={assessment.overall ? trend : null}
          cause={props.causes.tasks}
        />
      </div>
      <WallChartPanel
        title={t('taskProgress')}
        className="bs-area-centre"
        testId="bs-task-bars"
        rem={rem}
        option={assessment.overall ? bars : null}
        cause={props.causes.tasks}
      />
      <BsPanel title={t('attention')} className="bs-area-right" testId="bs-attention">
        <AttentionList {...props} showNotes />
      </BsPanel>
    </div>
  );
}
