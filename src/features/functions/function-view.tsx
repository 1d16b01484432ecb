import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { DataTable } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { Unavailable } from '../../components/resource-cause';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import { PALETTES } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildFunctionTrendOption } from './build-function-trend-option';
import { useFunctionColumns } from './function-columns';
import { FunctionSummaryPanel } from './function-summary-panel';
import './messages';
import { functionTrend, indicatorsOf, rollupsOf, tasksOf } from './select-function';
import { useFunctionLook } from './use-function-look';

interface ViewProps {
  code: FunctionCode;
  assessment: PlanAssessment;
  data: PlanData;
  /** One of three columns, or the function on its own. */
  mode: 'compact' | 'large';
}

/** One core function: summary, completion trend, its tasks and its indicators. */
export function FunctionView({ code, assessment, data, mode }: ViewProps) {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const compact = mode === 'compact';

  const fn = data.plan.functions.find((f) => f.code === code);
  const { name, color } = useFunctionLook(code, fn);
  const rollups = useMemo(() => rollupsOf(assessment, code), [assessment, code]);
  const rollup = rollups.tasks;
  const tasksCause = tc('health.causeMissing', { resource: tc('health.resource.tasks') });
  const tasks = useMemo(() => tasksOf(assessment, code), [assessment, code]);
  const indicators = useMemo(() => indicatorsOf(assessment, code), [assessment, code]);
  const { taskColumns, indicatorColumns } = useFunctionColumns(data.units, color, lang);

  const trend = useMemo(
    () =>
      buildFunctionTrendOption(
        functionTrend(tasks, data.plan.period.start, assessment.asOf),
        palette,
        {
          completion: t('trendCompletion'),
          timeProgress: t('trendTime'),
          gap: t('trendGap', { points: '{{points}}' }),
        },
        { color, lang, rem, compact },
      ),
    [tasks, data.plan.period.start, assessment.asOf, palette, t, color, lang, rem, compact],
  );

  return (
    <article
      className={`fn-col fn-${mode}`}
      data-testid={`function-${code}`}
      style={{ '--fn-color': color } as CSSProperties}
    >
      <FunctionSummaryPanel code={code} fn={fn} compact={compact} rollups={rollups} />

      <Panel title={t('trend')} className="fn-trend" testId={`fn-${code}-trend`}>
        {rollup === null ? (
          <Unavailable cause={tasksCause} />
        ) : tasks.length === 0 ? (
          <p className="panel-state">{t('noTasks')}</p>
        ) : (
          <Chart
            option={trend}
            label={t('trendLabel', { name })}
            height={compact ? '15rem' : 'min(24rem, 50vh)'}
            downloadName={`${t('trend')}-${code}-${assessment.asOf}`}
          />
        )}
      </Panel>

      <Panel title={`${t('taskList')} · ${tasks.length}`} className="fn-tasks" testId={`fn-${code}-tasks`}>
        <DataTable
          rows={tasks}
          columns={taskColumns}
          rowKey={(x) => x.task.id}
          text={{ caption: t('taskCaption', { name }), csvName: `${t('taskCsv')}-${code}` }}
          sortParam={`${code}-tsort`}
          emptyText={t('noTasks')}
          testId={`fn-${code}-task-table`}
        />
      </Panel>

      <Panel
        title={`${t('indicatorList')} · ${indicators.length}`}
        className="fn-indicators"
        testId={`fn-${code}-indicator-list`}
      >
        <DataTable
          rows={indicators}
          columns={indicatorColumns}
          rowKey={(x) => x.indicator.id}
          text={{ caption: t('indicatorCaption', { name }), csvName: `${t('indicatorCsv')}-${code}` }}
          sortParam={`${code}-isort`}
          emptyText={t('noIndicators')}
          testId={`fn-${code}-indicator-table`}
        />
      </Panel>
    </article>
  );
}
