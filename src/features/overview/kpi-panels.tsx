import { useTranslation } from '../../lib/i18n';
import { KpiFigure } from '../../components/kpi-figure';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import { Unavailable } from '../../components/resource-cause';
import { useConfig } from '../../data/config-context';
import { gapBand, gapPointsShown, type PlanAssessment } from '../../domain/metrics';
import { formatPercent, formatPoints } from '../../lib/format';
import type { OverviewCauses } from './overview-causes';

/** A key figure that could not be computed: "—" with its cause, under the same title. */
function KpiUnavailable({
  title,
  testId,
  figureTestId,
  cause,
}: Record<'title' | 'testId' | 'figureTestId' | 'cause', string>) {
  return (
    <Panel title={title} testId={testId}>
      <p className="kpi-figure" data-testid={figureTestId}>
        <Unavailable cause={cause} />
      </p>
    </Panel>
  );
}

function TaskCountPanel({ assessment, causes }: { assessment: PlanAssessment; causes: OverviewCauses }) {
  const { t } = useTranslation();
  const { overall } = assessment;
  return (
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
  );
}

function CompletionPanel({ assessment, causes }: { assessment: PlanAssessment; causes: OverviewCauses }) {
  const { t } = useTranslation();
  const { thresholds } = useConfig();
  const { overall } = assessment;
  if (!overall)
    return (
      <KpiUnavailable
        title={t('overview.completion')}
        testId="kpi-completion"
        figureTestId="overall-completion"
        cause={causes.tasks}
      />
    );
  const points = gapPointsShown(overall.meanProgress, overall.meanTimeProgress);
  return (
    <Panel title={t('overview.completion')} testId="kpi-completion">
      <div className="kpi-pair">
        <KpiFigure
          value={formatPercent(overall.meanProgress)}
          caption={t('overview.completion')}
          testId="overall-completion"
        />
        <KpiFigure
          value={formatPercent(overall.meanTimeProgress)}
          caption={t('overview.timeProgress')}
          testId="overall-time"
          muted
        />
      </div>
      <p className={`gap ${gapBand(points / 100, thresholds)}`} data-testid="overall-gap">
        {t('overview.gap', { points: formatPoints(points / 100) })}
      </p>
    </Panel>
  );
}

function IndicatorsPanel({ assessment, causes }: { assessment: PlanAssessment; causes: OverviewCauses }) {
  const { t } = useTranslation();
  const { indicatorsOverall } = assessment;
  if (!indicatorsOverall)
    return (
      <KpiUnavailable
        title={t('overview.indicators')}
        testId="kpi-indicators"
        figureTestId="indicators-met"
        cause={causes.indicators}
      />
    );
  return (
    <Panel title={t('overview.indicators')} testId="kpi-indicators">
      <div className="kpi-triple">
        <KpiFigure
          value={indicatorsOverall.met}
          caption={t('overview.indicatorsMet')}
          testId="indicators-met"
          className="status-text-done"
        />
        <KpiFigure
          value={indicatorsOverall.atRisk}
          caption={t('overview.indicatorsAtRisk')}
          testId="indicators-at-risk"
          className="status-text-lagging"
        />
        <KpiFigure
          value={indicatorsOverall.counts.onTrack}
          caption={t('overview.indicatorsOnTrack')}
          testId="indicators-on-track"
        />
      </div>
      <p className="kpi-foot">
        {t('overview.ofIndicators', { count: indicatorsOverall.count })}
        {indicatorsOverall.noData > 0
          ? ` · ${t('overview.indicatorsNoData')} ${indicatorsOverall.noData}`
          : ''}
      </p>
    </Panel>
  );
}

/** The three key figures across the top: tasks by status, completion against time, indicators. */
export function KpiRow({ assessment, causes }: { assessment: PlanAssessment; causes: OverviewCauses }) {
  return (
    <div className="kpi-row">
      <TaskCountPanel assessment={assessment} causes={causes} />
      <CompletionPanel assessment={assessment} causes={causes} />
      <IndicatorsPanel assessment={assessment} causes={causes} />
    </div>
  );
}
