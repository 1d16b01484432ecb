import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import {
  assessIndicator,
  type IndicatorAssessment,
  type PlanAssessment,
  type PlanData,
} from '../../domain/metrics';
import type { Indicator } from '../../domain/schemas';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn, rawTextIn, textIn } from '../../lib/names';
import { csvFigure, unitLabel } from '../../lib/quantity';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useSharedSearch } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildIndicatorHistoryOption } from './build-indicator-history-option';
import { targetYears } from './evaluate-year';
import { useYearParam } from './use-year-param';
import { formatIndicatorValue, targetPeriodLabel, withUnit } from './format-indicator';
import { historySeries } from './history-series';
import { useElementWidth } from './use-element-width';
import './indicators.css';
import './messages';
import { observationRows, targetRows, type ObservationRow, type TargetRow } from './select-detail';

export function IndicatorDetailPage() {
  const { t } = useTranslation('indicators');
  const lang = useLang();
  const { indicatorId = '' } = useParams();
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const found = state.data?.indicators.find((x) => x.id === indicatorId);
  return (
    <PageFrame
      title={found ? nameIn(found, lang) : t('detailTitle')}
      testId="indicator-detail"
      state={state}
      requestedAsOf={asOfParam}
      actions={<BackLink />}
    >
      {(assessment, data) =>
        found ? (
          <DetailBody indicator={found} assessment={assessment} data={data} />
        ) : (
          <NotFound id={indicatorId} />
        )
      }
    </PageFrame>
  );
}

function BackLink({ testId = 'back-to-indicators' }: { testId?: string }) {
  const { t } = useTranslation('indicators');
  const search = useSharedSearch();
  return (
    <Link className="btn ghost" to={{ pathname: '/indicators', search }} data-testid={testId}>
      ← {t('detail.back')}
    </Link>
  );
}

function NotFound({ id }: { id: string }) {
  const { t } = useTranslation('indicators');
  return (
    <section className="panel ind-not-found" data-testid="indicator-not-found">
      <h2>{t('detail.notFound', { id })}</h2>
      <p>{t('detail.notFoundHint')}</p>
      <BackLink testId="not-found-back" />
    </section>
  );
}

interface BodyProps {
  indicator: Indicator;
  assessment: PlanAssessment;
  data: PlanData;
}

function DetailBody({ indicator: ind, assessment, data }: BodyProps) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const { thresholds } = useConfig();
  const search = useSharedSearch();

  const years = useMemo(() => targetYears([ind], assessment.asOf), [ind, assessment.asOf]);
  const { year, date, setYear } = useYearParam(years, assessment.asOf);
  const a: IndicatorAssessment = useMemo(
    () =>
      (date === assessment.asOf
        ? assessment.indicators.find((x) => x.indicator.id === ind.id)?.a
        : undefined) ?? assessIndicator(ind, date, thresholds),
    [date, assessment, ind, thresholds],
  );

  const words = useMemo(
    () => ({ done: t('milestone.done'), notYet: t('milestone.notYet'), target: t('milestone.target') }),
    [t],
  );
  const fmt = (v: number | null | undefined, role: 'actual' | 'target' = 'actual') =>
    formatIndicatorValue(v, ind, lang, words, role);
  const unit = unitLabel(ind, lang);
  const task = ind.taskId ? data.tasks.find((x) => x.id === ind.taskId) : undefined;
  const name = nameIn(ind, lang);

  const history = useMemo(() => historySeries(ind, a, date), [ind, a, date]);
  const [chartRef, chartWidth] = useElementWidth<HTMLDivElement>();
  const option = useMemo(
    () =>
      buildIndicatorHistoryOption(
        history,
        palette,
        {
          actual: t('series.actual'),
          trajectory: t('series.trajectory'),
          target: t('series.target'),
          projection: t('series.projection'),
        },
        {
          lang,
          format: (v) => formatIndicatorValue(v, ind, lang, words),
          periodOf: (start, end) => targetPeriodLabel({ period: { start, end }, value: 0 }, lang),
          milestone: ind.kind === 'milestone',
          scale: ind.kind === 'percentage' || ind.kind === 'stock',
          rem,
          width: chartWidth,
        },
      ),
    [history, palette, t, lang, ind, words, rem, chartWidth],
  );

  const targets = useMemo(() => targetRows(ind, date, thresholds), [ind, date, thresholds]);
  const observations = useMemo(() => observationRows(ind, date, thresholds), [ind, date, thresholds]);

  const targetColumns: Column<TargetRow>[] = [
    {
      key: 'period',
      header: t('detail.colPeriod'),
      render: (r) => targetPeriodLabel(r.target, lang),
      sortValue: (r) => r.target.period.start,
      csv: (r) => targetPeriodLabel(r.target, lang),
    },
    {
      key: 'target',
      header: withUnit(t('detail.colTarget'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{fmt(r.target.value, 'target')}</span>,
      sortValue: (r) => r.target.value,
      csv: (r) => csvFigure(r.target.value, ind, lang),
    },
    {
      key: 'actual',
      header: withUnit(t('detail.colActual'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{r.a ? fmt(r.a.actual) : t('detail.notBegun')}</span>,
      sortValue: (r) => r.a?.actual ?? null,
      csv: (r) => csvFigure(r.a?.actual, ind, lang),
    },
    {
      key: 'attainment',
      header: t('detail.colAttainment'),
      align: 'end',
      render: (r) => <strong className="num">{formatPercent(r.a?.attainment)}</strong>,
      sortValue: (r) => r.a?.attainment ?? null,
      csv: (r) => formatPercent(r.a?.attainment),
    },
    {
      key: 'status',
      header: t('detail.colStatus'),
      render: (r) =>
        r.a ? <StatusBadge status={r.a.status} kind="indicator" noTarget={r.a.noTarget} /> : '—',
      csv: (r) => (r.a ? tc(`indicatorStatus.${r.a.status ?? 'noData'}`) : ''),
    },
    {
      key: 'note',
      header: t('detail.colNote'),
      render: (r) => (
        <span className="ind-source">
          {textIn(r.target.note, r.target.noteEn, lang)}
          {r.target.trajectory?.length
            ? ` · ${t('detail.trajectoryPoints', { count: r.target.trajectory.length })}`
            : ''}
        </span>
      ),
      csv: (r) => rawTextIn(r.target.note, r.target.noteEn, lang),
      hideOnPhone: true,
    },
  ];

  const observationColumns: Column<ObservationRow>[] = [
    {
      key: 'date',
      header: t('detail.colDate'),
      render: (r) => <span className="num">{formatDate(r.date, lang)}</span>,
      sortValue: (r) => r.date,
    },
    {
      key: 'value',
      header: withUnit(t('detail.colValue'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{fmt(r.value)}</span>,
      sortValue: (r) => r.value,
      csv: (r) => csvFigure(r.value, ind, lang),
    },
    {
      key: 'inForce',
      header: t('detail.inForce'),
      render: (r) =>
        r.target ? `${targetPeriodLabel(r.target, lang)} ${fmt(r.target.value, 'target')}` : '—',
      sortValue: (r) => r.target?.value ?? null,
      csv: (r) => (r.target ? `${targetPeriodLabel(r.target, lang)} ${fmt(r.target.value, 'target')}` : ''),
      hideOnPhone: true,
    },
    {
      key: 'attainment',
      header: t('detail.colAttainment'),
      align: 'end',
      render: (r) => <span className="num">{formatPercent(r.attainment)}</span>,
      sortValue: (r) => r.attainment,
      csv: (r) => formatPercent(r.attainment),
    },
    {
      key: 'note',
      header: t('detail.colNote'),
      render: (r) => (
        <span className="ind-source">{textIn(r.note ?? undefined, r.noteEn ?? undefined, lang)}</span>
      ),
      csv: (r) => rawTextIn(r.note ?? undefined, r.noteEn ?? undefined, lang),
      hideOnPhone: true,
    },
  ];

  return (
    <>
      {years.length > 1 ? (
        <div className="filter-bar" data-testid="detail-years">
          <span className="ind-filter-label" id="ind-detail-year">
            {t('yearFilter')}
          </span>
          <div className="ind-chips" role="group" aria-labelledby="ind-detail-year">
            <button type="button" className="chip" aria-pressed={year === null} onClick={() => setYear(null)}>
              {t('current')}
            </button>
            {years.map((y) => (
              <button
                key={y}
                type="button"
                className="chip num"
                aria-pressed={year === y}
                onClick={() => setYear(year === y ? null : y)}
              >
                {y}
              </button>
            ))}
          </div>
          {year !== null ? (
            <span className="ind-evaluated" role="status" data-testid="evaluated-at">
              {t('evaluatedAt', { year, date: formatDate(date, lang) })}
            </span>
          ) : null}
        </div>
      ) : null}

      <div className="ind-detail-top">
        <Panel title={t('detail.kpis')} testId="indicator-kpis">
          <dl className="ind-kpis">
            <div className="ind-kpi">
              <dt>{t('detail.actual')}</dt>
              <dd className="num big" data-testid="kpi-actual">
                {fmt(a.actual)}
              </dd>
              <dd className="ind-sub">{t('detail.asOfDate', { date: formatDate(a.actualDate, lang) })}</dd>
            </div>
            <div className="ind-kpi">
              <dt>{t('detail.target')}</dt>
              <dd className="num big" data-testid="kpi-target">
                {fmt(a.target?.value, 'target')}
              </dd>
              <dd className="ind-sub" data-testid="kpi-target-period">
                {a.target
                  ? t('detail.period', { period: targetPeriodLabel(a.target, lang) })
                  : t('chart.noTarget')}
              </dd>
            </div>
            <div className="ind-kpi">
              <dt>{t('detail.attainment')}</dt>
              <dd className="num big" data-testid="kpi-attainment">
                {formatPercent(a.attainment)}
              </dd>
              <dd className="ind-sub">
                {t('detail.timeProgress', { pct: formatPercent(a.target ? a.timeProgress : null) })}
              </dd>
            </div>
            <div className="ind-kpi">
              <dt>{t('detail.expected')}</dt>
              <dd className="num big ind-expected" data-testid="kpi-expected">
                {fmt(a.expected)}
              </dd>
              <dd className="ind-sub">{formatPercent(a.expected === null ? null : a.expectedAttainment)}</dd>
            </div>
            <div className="ind-kpi">
              <dt>{t('detail.projection')}</dt>
              <dd className="num big" data-testid="kpi-projection">
                {fmt(a.projection)}
              </dd>
              <dd className="ind-sub">
                {a.projection !== null && a.target
                  ? `${t('detail.projectionNote', { date: formatDate(a.projectionDate, lang) })} · ${formatPercent(a.projectedAttainment)}`
                  : t('detail.noProjection')}
              </dd>
            </div>
            <div className="ind-kpi">
              <dt>{t('detail.status')}</dt>
              <dd data-testid="kpi-status">
                <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />
              </dd>
              <dd className="ind-sub">{t('detail.evaluating', { date: formatDate(date, lang) })}</dd>
            </div>
          </dl>
        </Panel>

        <Panel title={t('detail.about')} testId="indicator-about">
          <dl className="ind-about">
            <dt>{t('detail.kind')}</dt>
            <dd data-testid="indicator-kind">{t(`kind.${ind.kind}`)}</dd>
            <dt>{t('detail.direction')}</dt>
            <dd data-testid="indicator-direction">{t(`direction.${ind.direction}`)}</dd>
            <dt>{t('detail.functions')}</dt>
            <dd className="ind-fns">
              {ind.functions.map((f) => (
                <Link key={f} className="link ind-fn-link" to={{ pathname: `/functions/${f}`, search }}>
                  <span className={`fn-tag fn-${f}`} aria-hidden="true">
                    {f}
                  </span>
                  {tc(`fn.${f}`)}
                </Link>
              ))}
            </dd>
            {ind.taskId ? (
              <>
                <dt>{t('detail.task')}</dt>
                <dd>
                  <Link className="link" to={{ pathname: `/tasks/${ind.taskId}`, search }}>
                    {task ? `${ind.taskId} ${nameIn(task, lang)}` : ind.taskId}
                  </Link>
                </dd>
              </>
            ) : null}
            <dt>{t('detail.source')}</dt>
            <dd data-testid="indicator-source">
              {ind.source ? textIn(ind.source, ind.sourceEn, lang) : t('detail.noSource')}
            </dd>
            {a.target?.note ? (
              <>
                <dt>{t('detail.note')}</dt>
                <dd className="ind-note">{textIn(a.target.note, a.target.noteEn, lang)}</dd>
              </>
            ) : null}
          </dl>
        </Panel>
      </div>

      <Panel title={t('detail.history')} testId="indicator-history">
        {history.actuals.length === 0 && history.targets.length === 0 ? (
          <p className="panel-state">{tc('state.empty')}</p>
        ) : (
          <div ref={chartRef}>
            <Chart
              option={option}
              label={t('detail.historyLabel', { name })}
              height="min(26rem, 55vh)"
              downloadName={`${name}-${date}`}
            />
          </div>
        )}
      </Panel>

      <div className="ind-detail-grid">
        <Panel title={t('detail.targets')} testId="indicator-targets">
          <DataTable
            rows={targets}
            columns={targetColumns}
            rowKey={(r) => `${r.target.period.start}-${r.target.period.end}-${r.target.value}`}
            caption={t('detail.targetsCaption')}
            csvName={`${t('detail.targetsCsv')}-${ind.id}`}
            asOf={date}
            sortParam="tsort"
            testId="targets-table"
          />
        </Panel>
        <Panel title={t('detail.observations')} testId="indicator-observations">
          <DataTable
            rows={observations}
            columns={observationColumns}
            rowKey={(r) => `${r.date}-${r.index}`}
            caption={t('detail.observationsCaption')}
            csvName={`${t('detail.observationsCsv')}-${ind.id}`}
            asOf={date}
            sortParam="osort"
            defaultSort="-date"
            testId="observations-table"
          />
        </Panel>
      </div>
    </>
  );
}
