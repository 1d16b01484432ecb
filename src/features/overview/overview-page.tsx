import { redactUrl } from '../../data/errors';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart, preloadChartParts } from '../../components/chart';
import { Panel } from '../../components/panel';
import { ProgressRing } from '../../components/progress-ring';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import {
  gapBand,
  gapPointsShown,
  monthEnds,
  overallProgressSeries,
  type PlanAssessment,
} from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import type { Plan, Unit } from '../../domain/schemas';
import { formatPercent, formatPoints, type Lang } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { PALETTES, type Palette } from '../../lib/palette';
import { useAsOfParam } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { DataHealth } from '../../components/data-health';
import { Unavailable, useMissingCause } from '../../components/resource-cause';
import { droppedRows } from '../../data/health-summary';
import { buildProgressTrendOption } from '../../lib/charts/build-progress-trend-option';
import { selectBehind } from './select-behind';
import { ChangesPanel } from './changes-panel';
import { IndicatorsBehindPanel } from './indicators-behind-panel';
import { LatestNote } from '../../components/latest-note';
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
  /** Why a figure is "—": plain sentences, one per resource; and the rows validation left out. */
  causes: { tasks: string; indicators: string; plan: string; droppedTasks: string | null };
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
  const { thresholds } = useConfig();
  const { overall, indicatorsOverall } = assessment;
  const unitById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const taskById = useMemo(
    () => new Map(assessment.tasks.map((x) => [x.task.id, x.task])),
    [assessment.tasks],
  );
  // The earlier date's requests and render wait until the trend has drawn its first frame, so the first
  // screen gets the machine to itself; at most 3 s, so a chart that cannot load, or on a phone has not been
  // scrolled to yet, does not hold them back.
  const [trendPainted, setTrendPainted] = useState(false);
  useEffect(() => {
    if (!complete || trendPainted) return;
    const id = setTimeout(() => setTrendPainted(true), 3000);
    return () => clearTimeout(id);
  }, [complete, trendPainted]);

  const behind = selectBehind(assessment.tasks, 6);
  const rem = useRem();

  const trend = useMemo(() => {
    const dates = monthEnds(plan.period.start, assessment.asOf);
    return buildProgressTrendOption(
      overallProgressSeries(
        assessment.tasks.map((x) => x.task),
        dates,
      ),
      palette,
      lang,
      { completion: t('overview.completion'), timeProgress: t('overview.timeProgress') },
      { rem },
    );
  }, [plan.period.start, assessment, palette, lang, t, rem]);

  return (
    <>
      <div className="kpi-row">
        <Panel title={t('overview.taskStatus')} testId="kpi-tasks">
          {overall ? (
            <>
              <p className="kpi-figure">
                <span className="num big" data-testid="task-count">
                  {overall.count}
                </span>
                <span className="kpi-unit">{t('overview.tasksUnit')}</span>
              </p>
              <StatusBar counts={overall.counts} />
              {causes.droppedTasks ? (
                <p className="kpi-foot warn" data-testid="tasks-dropped">
                  ⚠ {causes.droppedTasks}
                </p>
              ) : null}
            </>
          ) : (
            <p className="kpi-figure" data-testid="task-count">
              <Unavailable cause={causes.tasks} />
            </p>
          )}
        </Panel>
        {overall ? (
          <Panel title={t('overview.completion')} testId="kpi-completion">
            <div className="kpi-pair">
              <p className="kpi-figure">
                <span className="num big" data-testid="overall-completion">
                  {formatPercent(overall.meanProgress)}
                </span>
                <span className="kpi-caption">{t('overview.completion')}</span>
              </p>
              <p className="kpi-figure muted">
                <span className="num big" data-testid="overall-time">
                  {formatPercent(overall.meanTimeProgress)}
                </span>
                <span className="kpi-caption">{t('overview.timeProgress')}</span>
              </p>
            </div>
            {(() => {
              const points = gapPointsShown(overall.meanProgress, overall.meanTimeProgress);
              return (
                <p className={`gap ${gapBand(points / 100, thresholds)}`} data-testid="overall-gap">
                  {t('overview.gap', { points: formatPoints(points / 100) })}
                </p>
              );
            })()}
          </Panel>
        ) : (
          <Panel title={t('overview.completion')} testId="kpi-completion">
            <p className="kpi-figure" data-testid="overall-completion">
              <Unavailable cause={causes.tasks} />
            </p>
          </Panel>
        )}
        {indicatorsOverall ? (
          <Panel title={t('overview.indicators')} testId="kpi-indicators">
            <div className="kpi-triple">
              <p className="kpi-figure">
                <span className="num big status-text-done" data-testid="indicators-met">
                  {indicatorsOverall.met}
                </span>
                <span className="kpi-caption">{t('overview.indicatorsMet')}</span>
              </p>
              <p className="kpi-figure">
                <span className="num big status-text-lagging" data-testid="indicators-at-risk">
                  {indicatorsOverall.atRisk}
                </span>
                <span className="kpi-caption">{t('overview.indicatorsAtRisk')}</span>
              </p>
              <p className="kpi-figure">
                <span className="num big" data-testid="indicators-on-track">
                  {indicatorsOverall.counts.onTrack}
                </span>
                <span className="kpi-caption">{t('overview.indicatorsOnTrack')}</span>
              </p>
            </div>
            <p className="kpi-foot">
              {t('overview.ofIndicators', { count: indicatorsOverall.count })}
              {indicatorsOverall.noData > 0
                ? ` · ${t('overview.indicatorsNoData')} ${indicatorsOverall.noData}`
                : ''}
            </p>
          </Panel>
        ) : (
          <Panel title={t('overview.indicators')} testId="kpi-indicators">
            <p className="kpi-figure" data-testid="indicators-met">
              <Unavailable cause={causes.indicators} />
            </p>
          </Panel>
        )}
      </div>

      <Panel title={t('overview.functions')} className="functions-panel" testId="functions">
        {assessment.byFunction === null ? <Unavailable cause={causes.tasks} /> : null}
        <div className="function-grid">
          {(assessment.byFunction ?? []).map((r) => {
            const fn = plan.functions.find((f) => f.code === r.key);
            const ind = assessment.indicatorsByFunction?.find((x) => x.key === r.key);
            const code = r.key as FunctionCode;
            return (
              <article
                key={r.key}
                className={`function-card fn-${code}`}
                data-testid={`function-${code}`}
                style={{ '--fn-color': palette.fn[code] } as React.CSSProperties}
              >
                <header>
                  <span className="fn-code" style={{ background: palette.fn[code] }}>
                    {code}
                  </span>
                  <h3>{fn ? nameIn(fn, lang) : t(`fn.${code}`)}</h3>
                </header>
                <div className="function-body">
                  <ProgressRing
                    value={r.meanProgress}
                    marker={r.meanTimeProgress}
                    color={palette.fn[code]}
                    label={`${t('overview.fnCompletion')} ${formatPercent(r.meanProgress)}, ${t('overview.fnTime')} ${formatPercent(r.meanTimeProgress)}`}
                  >
                    <span className="num ring-value" data-testid={`function-${code}-completion`}>
                      {formatPercent(r.meanProgress)}
                    </span>
                    <span className="ring-caption">
                      {t('overview.fnTime')} {formatPercent(r.meanTimeProgress)}
                    </span>
                  </ProgressRing>
                  <div className="function-facts">
                    <p>{t('overview.fnTasks', { count: r.count })}</p>
                    <StatusBar counts={r.counts} />
                    <p className="fn-attainment">
                      {t('overview.fnAttainment')}{' '}
                      <strong className="num">{formatPercent(ind?.meanAttainment ?? null)}</strong>
                    </p>
                  </div>
                </div>
              </article>
            );
          })}
        </div>
      </Panel>

      <div className="overview-grid">
        <Panel title={t('overview.aspects')} testId="aspects">
          {assessment.byAspect === null ? <Unavailable cause={overall ? causes.plan : causes.tasks} /> : null}
          <ol className="aspect-list">
            {(assessment.byAspect ?? []).map((r) => {
              const aspect = plan.aspects.find((a) => a.id === r.key);
              return (
                <li key={r.key} data-testid={`aspect-${r.key}`}>
                  <div className="aspect-head">
                    <span className="aspect-name">{aspect ? nameIn(aspect, lang) : r.key}</span>
                    <span className="num">{formatPercent(r.meanProgress)}</span>
                  </div>
                  <div className="meter" aria-hidden="true">
                    <span className="meter-fill" style={{ width: `${Math.round(r.meanProgress * 100)}%` }} />
                    <span
                      className="meter-mark"
                      style={{ left: `${Math.round(r.meanTimeProgress * 100)}%` }}
                    />
                  </div>
                  <StatusBar counts={r.counts} showLegend />
                </li>
              );
            })}
          </ol>
        </Panel>

        <Panel title={t('overview.behind')} testId="behind">
          {!overall ? (
            <Unavailable cause={causes.tasks} />
          ) : behind.length === 0 ? (
            <p className="panel-state">{t('overview.noneBehind')}</p>
          ) : (
            <ol className="behind-list">
              {behind.map(({ task, a }) => (
                <li key={task.id} data-testid="behind-task">
                  <div className="behind-head">
                    <StatusBadge status={a.status} manual={Boolean(a.manual)} />
                    <span className="behind-name">{nameIn(task, lang)}</span>
                  </div>
                  <div className="behind-facts">
                    <span>
                      {t('overview.lead')}:{' '}
                      <strong>{shortNameIn(unitById.get(task.leadUnitId), lang, task.leadUnitId)}</strong>
                    </span>
                    <span className="num">
                      {formatPercent(a.progress)} / {formatPercent(a.timeProgress)}
                    </span>
                  </div>
                  <LatestNote point={a.latestNote} lang={lang} className="behind-note" />
                </li>
              ))}
            </ol>
          )}
        </Panel>

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
              option={trend}
              label={t('overview.progressTrend')}
              height="min(22rem, 40vh)"
              downloadName={`${t('overview.progressTrend')}-${assessment.asOf}`}
              onPainted={() => setTrendPainted(true)}
            />
          )}
        </Panel>
      </div>
    </>
  );
});
