import { redactUrl } from '../../data/errors';
import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart, preloadChartParts } from '../../components/chart';
import { useReportStamp } from '../../components/report-stamp';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { PlanAssessment } from '../../domain/metrics';
import type { Plan, Unit } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { PALETTES, type Palette } from '../../lib/palette';
import { useAsOfParam } from '../../lib/url-state';
import { useLang, useTheme } from '../../stores/ui-store';
import { DataHealth } from '../../components/data-health';
import { Unavailable, useMissingCause } from '../../components/resource-cause';
import { droppedRows } from '../../data/health-summary';
import { AspectsPanel } from './aspects-panel';
import { BehindPanel } from './behind-panel';
import { ChangesPanel } from './changes-panel';
import { FunctionCardsPanel } from './function-cards-panel';
import { IndicatorsBehindPanel } from './indicators-behind-panel';
import { KpiRow } from './kpi-panels';
import type { OverviewCauses } from './overview-causes';
import { useOverviewTrend, useTrendPainted } from './use-overview-trend';
import { useKeptHeadline } from '../../components/use-kept-headline';

/**
 * The trend is a line chart with a legend. Where the overview is laid out in columns (wider than 760 px, as
 * in its stylesheet) the trend is within a screen of the top and draws at once, so its code downloads
 * alongside the data (main.tsx calls this at start-up). In one column, on a phone, it is three screens
 * down: its code waits until it comes near (the chart is lazy).
 */
export const preloadOverviewCharts = (): void => {
  if (window.matchMedia?.('(min-width: 761px)').matches !== false)
    preloadChartParts(['grid', 'line', 'legend']);
};

export function OverviewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const config = useConfig();
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const { assessment, data } = state;
  useReportStamp(t('overview.heading'), state.asOf);
  useEffect(preloadOverviewCharts, []);
  useKeptHeadline(state, assessment, '[data-testid="overview"] .kpi-row');
  const taskCause = useMissingCause(state.resources, 'tasks');
  const indicatorCause = useMissingCause(state.resources, 'indicators');
  const planCause = useMissingCause(state.resources, 'plan');
  const droppedTasks = droppedRows(state.resources).find((d) => d.resource === 'tasks');
  const droppedNote = droppedTasks
    ? t('health.causeDropped', {
        resource: t('health.resource.tasks'),
        received: droppedTasks.received,
        dropped: droppedTasks.dropped,
      })
    : null;

  return (
    <div className="page overview" data-testid="overview">
      <h1 className="sr-only">{t('overview.heading')}</h1>
      <DataHealth
        resources={state.resources}
        asOf={state.asOf}
        requestedAsOf={asOfParam}
        sourceLabel={config.mock.enabled ? t('health.mock') : redactUrl(config.api.baseUrl)}
        lang={lang}
      />
      {!assessment || !data ? (
        <div className="panel-state" aria-busy={state.pending}>
          {state.resources[0]?.error ? null : t('state.loading')}
        </div>
      ) : (
        <OverviewBody
          assessment={assessment}
          complete={!state.pending}
          plan={data.plan}
          units={data.units}
          palette={palette}
          lang={lang}
          causes={{
            tasks: taskCause,
            indicators: indicatorCause,
            plan: planCause,
            droppedTasks: droppedNote,
          }}
        />
      )}
    </div>
  );
}

interface BodyProps {
  assessment: PlanAssessment;
  /** Every resource of the report date has answered (or failed). */
  complete: boolean;
  plan: Plan;
  units: Unit[];
  palette: Palette;
  lang: Lang;
  causes: OverviewCauses;
}

/** Memoised: the page re-renders as each request's state changes; the body only when what it shows does. */
const OverviewBody = memo(function OverviewBody({
  assessment,
  complete,
  plan,
  units,
  palette,
  lang,
  causes,
}: BodyProps) {
  const { t } = useTranslation();
  const { overall, indicatorsOverall } = assessment;
  const taskById = useMemo(
    () => new Map(assessment.tasks.map((x) => [x.task.id, x.task])),
    [assessment.tasks],
  );
  const [trendPainted, markTrendPainted] = useTrendPainted(complete);
  const trend = useOverviewTrend(assessment, plan, palette, lang);

  return (
    <>
      <KpiRow assessment={assessment} causes={causes} />
      <FunctionCardsPanel
        assessment={assessment}
        plan={plan}
        palette={palette}
        lang={lang}
        missingCause={causes.tasks}
      />

      <div className="overview-grid">
        <AspectsPanel
          assessment={assessment}
          plan={plan}
          lang={lang}
          missingCause={overall ? causes.plan : causes.tasks}
        />
        <BehindPanel
          assessment={assessment}
          units={units}
          lang={lang}
          missingCause={overall ? null : causes.tasks}
        />
        <IndicatorsBehindPanel
          indicators={assessment.indicators}
          lang={lang}
          missingCause={indicatorsOverall ? null : causes.indicators}
        />
        <ChangesPanel
          current={complete ? assessment : null}
          missingCause={overall ? null : causes.tasks}
          ready={trendPainted}
          tasks={taskById}
          lang={lang}
        />

        <Panel title={t('overview.progressTrend')} className="trend-panel" testId="trend">
          {!overall ? (
            <Unavailable cause={causes.tasks} />
          ) : (
            <Chart
              lazy
              entryAnimation={false}
              option={trend}
              label={t('overview.progressTrend')}
              height="min(22rem, 40vh)"
              downloadName={`${t('overview.progressTrend')}-${assessment.asOf}`}
              onPainted={markTrendPainted}
            />
          )}
        </Panel>
      </div>
    </>
  );
});
