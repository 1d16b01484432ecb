import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { Unavailable } from '../../components/resource-cause';
import { ProgressRing } from '../../components/progress-ring';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import {
  gapBand,
  gapPointsShown,
  type AssessedIndicator,
  type AssessedTask,
  type PlanAssessment,
  type PlanData,
} from '../../domain/metrics';
import { useConfig } from '../../data/config-context';
import { FUNCTION_CODES, STATUS_CODES, type FunctionCode } from '../../domain/codes';
import { formatPercent, formatPoints } from '../../lib/format';
import { nameIn, shortNameIn, rawNameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useSharedSearch } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildFunctionTrendOption } from './build-function-trend-option';
import './functions.css';
import './messages';
import { functionTrend, indicatorsOf, parseFunctionParam, tasksOf } from './select-function';

export function FunctionsPage() {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const { code: codeParam } = useParams();
  const code = parseFunctionParam(codeParam);
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const title = code && code !== 'unknown' ? `${t('title')} · ${tc(`fn.${code}`)}` : t('title');
  return (
    <PageFrame
      needs={['tasks', 'indicators']}
      title={title}
      testId="functions"
      state={state}
      requestedAsOf={asOfParam}
      actions={<Switcher current={code} />}
    >
      {(assessment, data) =>
        code === 'unknown' ? (
          <UnknownFunction code={codeParam ?? ''} />
        ) : code ? (
          <div className="fn-single">
            <FunctionView code={code} assessment={assessment} data={data} mode="large" />
          </div>
        ) : (
          <div className="fn-columns">
            {FUNCTION_CODES.map((c) => (
              <FunctionView key={c} code={c} assessment={assessment} data={data} mode="compact" />
            ))}
          </div>
        )
      }
    </PageFrame>
  );
}

/** Links, not buttons: each function is its own URL, so a link or a bookmark reopens it. */
function Switcher({ current }: { current: FunctionCode | null | 'unknown' }) {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const search = useSharedSearch();
  return (
    <nav className="fn-switcher" aria-label={t('switcher')} data-testid="function-switcher">
      <Link
        className="chip"
        to={{ pathname: '/functions', search }}
        aria-current={current === null ? 'page' : undefined}
        data-testid="fn-switch-all"
      >
        {t('all')}
      </Link>
      {FUNCTION_CODES.map((c) => (
        <Link
          key={c}
          className="chip"
          to={{ pathname: `/functions/${c}`, search }}
          aria-current={current === c ? 'page' : undefined}
          data-testid={`fn-switch-${c}`}
        >
          <span className={`fn-tag fn-${c}`} aria-hidden="true">
            {c}
          </span>
          {tc(`fn.${c}`)}
        </Link>
      ))}
    </nav>
  );
}

function UnknownFunction({ code }: { code: string }) {
  const { t } = useTranslation('functions');
  const search = useSharedSearch();
  return (
    <section className="panel fn-unknown" data-testid="function-not-found">
      <h2>{t('unknown', { code })}</h2>
      <p>{t('unknownHint')}</p>
      <Link className="btn ghost" to={{ pathname: '/functions', search }}>
        ← {t('back')}
      </Link>
    </section>
  );
}

interface ViewProps {
  code: FunctionCode;
  assessment: PlanAssessment;
  data: PlanData;
  mode: 'compact' | 'large';
}

function FunctionView({ code, assessment, data, mode }: ViewProps) {
  const { thresholds } = useConfig();
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const search = useSharedSearch();
  const compact = mode === 'compact';

  const fn = data.plan.functions.find((f) => f.code === code);
  const name = fn ? nameIn(fn, lang) : tc(`fn.${code}`);
  const color = palette.fn[code];
  const rollup = assessment.byFunction?.find((r) => r.key === code) ?? null;
  const indRollup = assessment.indicatorsByFunction?.find((r) => r.key === code) ?? null;
  const tasksCause = tc('health.causeMissing', { resource: tc('health.resource.tasks') });
  const indicatorsCause = tc('health.causeMissing', { resource: tc('health.resource.indicators') });
  const tasks = useMemo(() => tasksOf(assessment, code), [assessment, code]);
  const indicators = useMemo(() => indicatorsOf(assessment, code), [assessment, code]);
  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id, u])), [data.units]);

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

  const progress = rollup?.meanProgress ?? 0;
  const time = rollup?.meanTimeProgress ?? 0;
  const counts =
    rollup?.counts ??
    (Object.fromEntries(STATUS_CODES.map((s) => [s, 0])) as Record<(typeof STATUS_CODES)[number], number>);

  const taskColumns: Column<AssessedTask>[] = [
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} manual={Boolean(a.manual)} />,
      sortValue: ({ a }) => STATUS_CODES.indexOf(a.status),
      csv: ({ a }) => tc(`status.${a.status}`),
    },
    {
      key: 'task',
      header: t('col.task'),
      render: ({ task }) => (
        <Link
          className="link fn-task-name"
          to={{ pathname: `/tasks/${task.id}`, search }}
          data-testid="function-task"
        >
          {nameIn(task, lang)}
        </Link>
      ),
      sortValue: ({ task }) => task.order,
      csv: ({ task }) => `${task.id} ${rawNameIn(task, lang)}`,
    },
    {
      key: 'lead',
      header: t('col.lead'),
      render: ({ task }) => shortNameIn(unitById.get(task.leadUnitId), lang, task.leadUnitId),
      sortValue: ({ task }) => shortNameIn(unitById.get(task.leadUnitId), lang, task.leadUnitId),
    },
    {
      key: 'progress',
      header: t('col.progress'),
      align: 'end',
      render: ({ a }) => (
        <span className="fn-progress">
          <strong className="num">{formatPercent(a.progress)}</strong>
          <span className="meter" aria-hidden="true">
            <span
              className="meter-fill"
              style={{ width: `${Math.round(a.progress * 100)}%`, background: color }}
            />
            <span className="meter-mark" style={{ left: `${Math.round(a.timeProgress * 100)}%` }} />
          </span>
        </span>
      ),
      sortValue: ({ a }) => a.progress,
      csv: ({ a }) => formatPercent(a.progress),
    },
    {
      key: 'time',
      header: t('col.time'),
      align: 'end',
      render: ({ a }) => <span className="num fn-time">{formatPercent(a.timeProgress)}</span>,
      sortValue: ({ a }) => a.timeProgress,
      csv: ({ a }) => formatPercent(a.timeProgress),
      hideOnPhone: true,
    },
  ];

  const indicatorColumns: Column<AssessedIndicator>[] = [
    {
      key: 'indicator',
      header: t('col.indicator'),
      render: ({ indicator }) => (
        <Link
          className="link"
          to={{ pathname: `/indicators/${indicator.id}`, search }}
          data-testid="function-indicator"
        >
          {nameIn(indicator, lang)}
        </Link>
      ),
      sortValue: ({ indicator }) => rawNameIn(indicator, lang),
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      align: 'end',
      render: ({ a }) => <strong className="num">{formatPercent(a.attainment)}</strong>,
      sortValue: ({ a }) => a.attainment,
      csv: ({ a }) => formatPercent(a.attainment),
    },
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} kind="indicator" />,
      sortValue: ({ a }) => (a.status === null ? STATUS_CODES.length : STATUS_CODES.indexOf(a.status)),
      csv: ({ a }) => tc(`indicatorStatus.${a.status ?? 'noData'}`),
    },
  ];

  const heading = (
    <span className="fn-heading">
      <span className="fn-code-badge" style={{ background: color }} aria-hidden="true">
        {code}
      </span>
      {compact ? (
        <Link
          className="fn-heading-link"
          to={{ pathname: `/functions/${code}`, search }}
          title={t('open', { name })}
          data-testid={`fn-open-${code}`}
        >
          {name}
        </Link>
      ) : (
        <span>{name}</span>
      )}
    </span>
  );

  return (
    <article
      className={`fn-col fn-${mode}`}
      data-testid={`function-${code}`}
      style={{ '--fn-color': color } as React.CSSProperties}
    >
      <Panel title={heading} className="fn-summary" testId={`fn-${code}-summary`}>
        {rollup === null ? <Unavailable cause={tasksCause} /> : null}
        <div className="fn-summary-body" hidden={rollup === null}>
          <ProgressRing
            value={progress}
            marker={time}
            color={color}
            size={compact ? '8.5rem' : '13rem'}
            label={t('ringLabel', { name, done: formatPercent(progress), time: formatPercent(time) })}
          >
            <span className="num ring-value fn-ring-value" data-testid={`fn-${code}-completion`}>
              {formatPercent(progress)}
            </span>
            <span className="ring-caption">
              {t('timeProgress')} <span data-testid={`fn-${code}-time`}>{formatPercent(time)}</span>
            </span>
          </ProgressRing>
          <div className="fn-facts">
            <p className="fn-count">
              <span className="num fn-big" data-testid={`fn-${code}-task-count`}>
                {rollup?.count ?? 0}
              </span>
              <span className="fn-unit">{t('taskCount')}</span>
            </p>
            <p className={`fn-gap ${gapBand(gapPointsShown(progress, time) / 100, thresholds)}`}>
              {t('gap', { points: formatPoints(gapPointsShown(progress, time) / 100) })}
            </p>
            <StatusBar counts={counts} />
          </div>
        </div>
        {indRollup === null ? <Unavailable cause={indicatorsCause} /> : null}
        <div className="fn-ind-line" data-testid={`fn-${code}-indicators`} hidden={indRollup === null}>
          <span>
            {t('meanAttainment')}{' '}
            <strong className="num" data-testid={`fn-${code}-attainment`}>
              {formatPercent(indRollup?.meanAttainment ?? null)}
            </strong>
          </span>
          <span>
            {t('met')} <strong className="num status-text-done">{indRollup?.met ?? 0}</strong>
          </span>
          <span>
            {t('atRisk')} <strong className="num status-text-lagging">{indRollup?.atRisk ?? 0}</strong>
          </span>
          <span className="fn-muted">{t('indicatorCount', { count: indRollup?.count ?? 0 })}</span>
        </div>
        {!compact && fn ? (
          <p className="fn-description">
            {lang === 'en' && fn.descriptionEn ? fn.descriptionEn : fn.description}
          </p>
        ) : null}
      </Panel>

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
          caption={t('taskCaption', { name })}
          csvName={`${t('taskCsv')}-${code}`}
          asOf={assessment.asOf}
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
          caption={t('indicatorCaption', { name })}
          csvName={`${t('indicatorCsv')}-${code}`}
          asOf={assessment.asOf}
          sortParam={`${code}-isort`}
          emptyText={t('noIndicators')}
          testId={`fn-${code}-indicator-table`}
        />
      </Panel>
    </article>
  );
}
