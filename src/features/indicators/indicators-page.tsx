import { useCallback, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link, useNavigate } from '../../lib/router';
import { Chart } from '../../components/chart';
import type { Column } from '../../components/data-table';
import { DataTable } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { StatusBadge, STATUS_GLYPH } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { AssessedIndicator, PlanAssessment, PlanData } from '../../domain/metrics';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn, rawNameIn, rawTextIn, textIn } from '../../lib/names';
import { csvFigure, unitLabel } from '../../lib/quantity';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useListParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildIndicatorBulletOption, bulletHeightRem, type BulletRow } from './build-indicator-bullet-option';
import { assessIndicatorsAt, targetYears } from './evaluate-year';
import { useElementWidth } from './use-element-width';
import { useYearParam } from './use-year-param';
import { formatIndicatorValue, targetPeriodLabel, withUnit } from './format-indicator';
import './indicators.css';
import './messages';
import {
  countByStatus,
  filterIndicators,
  INDICATOR_STATUS_KEYS,
  parseFunctionCode,
  rollupByFunction,
  statusKey,
  type IndicatorStatusKey,
} from './select-indicators';

export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  return (
    <PageFrame
      needs={['indicators']}
      title={t('title')}
      testId="indicators"
      state={state}
      requestedAsOf={asOfParam}
    >
      {(assessment, data) => <IndicatorsBody assessment={assessment} data={data} />}
    </PageFrame>
  );
}

/** The shared report dates plus this view's target year, so the detail page judges the same year. */
function useDetailSearch(year: number | null): string {
  const shared = useSharedSearch();
  if (year === null) return shared;
  const p = new URLSearchParams(shared);
  p.set('year', String(year));
  return `?${p.toString()}`;
}

function IndicatorsBody({ assessment, data }: { assessment: PlanAssessment; data: PlanData }) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const navigate = useNavigate();
  const { thresholds } = useConfig();

  const years = useMemo(
    () => targetYears(data.indicators, assessment.asOf),
    [data.indicators, assessment.asOf],
  );
  const { year, date, setYear } = useYearParam(years, assessment.asOf);
  const [fnRaw, setFnRaw] = useSearchParam('fn');
  const fn = parseFunctionCode(fnRaw);
  const [statuses, setStatuses] = useListParam<IndicatorStatusKey>('status', INDICATOR_STATUS_KEYS);
  const detailSearch = useDetailSearch(year);

  const all = useMemo(
    () =>
      date === assessment.asOf
        ? assessment.indicators
        : assessIndicatorsAt(data.indicators, date, thresholds),
    [date, assessment, data.indicators, thresholds],
  );
  const rows = useMemo(() => filterIndicators(all, { fn, statuses }), [all, fn, statuses]);
  const rollups = useMemo(() => rollupByFunction(all), [all]);
  const statusCounts = useMemo(
    () => countByStatus(fn ? filterIndicators(all, { fn, statuses: [] }) : all),
    [all, fn],
  );

  const words = useMemo(
    () => ({ done: t('milestone.done'), notYet: t('milestone.notYet'), target: t('milestone.target') }),
    [t],
  );
  const statusText = useCallback(
    (x: AssessedIndicator) => `${STATUS_GLYPH[statusKey(x)]} ${tc(`indicatorStatus.${statusKey(x)}`)}`,
    [tc],
  );

  const [chartRef, chartWidth] = useElementWidth<HTMLDivElement>();
  const bulletRows: BulletRow[] = useMemo(
    () =>
      rows.map(({ indicator: ind, a }) => ({
        id: ind.id,
        name: nameIn(ind, lang),
        status: a.status,
        statusText: a.target ? statusText({ indicator: ind, a }) : t('chart.noTarget'),
        attainment: a.attainment,
        expectedAttainment: a.attainment === null ? null : a.expectedAttainment,
        actualText: formatIndicatorValue(a.actual, ind, lang, words),
        targetText:
          ind.kind === 'milestone' ? '' : formatIndicatorValue(a.target?.value, ind, lang, words, 'target'),
        expectedText: formatIndicatorValue(a.expected, ind, lang, words),
        periodText: a.target ? targetPeriodLabel(a.target, lang) : '',
      })),
    [rows, lang, words, statusText, t],
  );
  const bullet = useMemo(
    () =>
      buildIndicatorBulletOption(
        bulletRows,
        palette,
        {
          attainment: t('chart.attainment'),
          expected: t('chart.expected'),
          target: t('chart.target'),
          noData: t('chart.noData'),
        },
        rem,
        chartWidth,
      ),
    [bulletRows, palette, t, rem, chartWidth],
  );
  const onChartEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const i = (p as { dataIndex?: number }).dataIndex;
        const row = i === undefined ? undefined : bulletRows[i];
        if (row) void navigate({ pathname: `/indicators/${row.id}`, search: detailSearch });
      },
    }),
    [bulletRows, navigate, detailSearch],
  );

  const fnName = (code: FunctionCode) => tc(`fn.${code}`);
  const toggleStatus = (s: IndicatorStatusKey) =>
    setStatuses(
      statuses.includes(s)
        ? statuses.filter((x) => x !== s)
        : INDICATOR_STATUS_KEYS.filter((x) => x === s || statuses.includes(x)),
    );
  const anyFilter = fn !== null || statuses.length > 0 || year !== null;
  const clearFilters = () => {
    setFnRaw(null);
    setStatuses([]);
    setYear(null);
  };

  const columns: Column<AssessedIndicator>[] = [
    {
      key: 'name',
      header: t('col.name'),
      render: ({ indicator: ind }) => (
        <Link
          className="link ind-name"
          to={{ pathname: `/indicators/${ind.id}`, search: detailSearch }}
          data-testid="indicator-link"
        >
          {nameIn(ind, lang)}
        </Link>
      ),
      sortValue: ({ indicator: ind }) => rawNameIn(ind, lang),
      // The unit goes with the name, as in a printed ledger, so the figure columns stay numbers.
      csv: ({ indicator: ind }) => withUnit(rawNameIn(ind, lang), unitLabel(ind, lang), lang),
    },
    {
      key: 'fn',
      header: t('col.fn'),
      render: ({ indicator: ind }) => (
        <span className="ind-fns">
          {ind.functions.map((f) => (
            <span key={f} className={`fn-tag fn-${f}`} title={fnName(f)}>
              {f}
            </span>
          ))}
        </span>
      ),
      sortValue: ({ indicator: ind }) => ind.functions.join(''),
      csv: ({ indicator: ind }) => ind.functions.join('/'),
    },
    {
      key: 'target',
      header: t('col.target'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="num">{formatIndicatorValue(a.target?.value, ind, lang, words, 'target')}</span>
      ),
      sortValue: ({ a }) => a.target?.value ?? null,
      csv: ({ indicator: ind, a }) => csvFigure(a.target?.value, ind, lang),
    },
    {
      key: 'period',
      header: t('col.targetPeriod'),
      render: ({ a }) => (a.target ? targetPeriodLabel(a.target, lang) : '—'),
      sortValue: ({ a }) => (a.target ? `${a.target.period.end}${a.target.period.start}` : null),
      csv: ({ a }) => (a.target ? targetPeriodLabel(a.target, lang) : ''),
    },
    {
      key: 'actual',
      header: t('col.actual'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="num">{formatIndicatorValue(a.actual, ind, lang, words)}</span>
      ),
      sortValue: ({ a }) => a.actual,
      csv: ({ indicator: ind, a }) => csvFigure(a.actual, ind, lang),
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      align: 'end',
      render: ({ a }) => (
        <strong className="num ind-attainment" data-testid="attainment">
          {formatPercent(a.attainment)}
        </strong>
      ),
      sortValue: ({ a }) => a.attainment,
      csv: ({ a }) => formatPercent(a.attainment),
    },
    {
      key: 'expected',
      header: t('col.expected'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="ind-cell">
          <span className="num">{formatIndicatorValue(a.expected, ind, lang, words)}</span>
          <span className="ind-sub num">
            {formatPercent(a.expected === null ? null : a.expectedAttainment)}
          </span>
        </span>
      ),
      sortValue: ({ a }) => a.expectedAttainment,
      csv: ({ indicator: ind, a }) => csvFigure(a.expected, ind, lang),
      hideOnPhone: true,
    },
    {
      key: 'projection',
      header: t('col.projection'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="ind-cell">
          <span className="num">{formatIndicatorValue(a.projection, ind, lang, words)}</span>
          {a.projectedAttainment !== null ? (
            <span className="ind-sub num">
              {formatPercent(a.projectedAttainment)} · {formatDate(a.projectionDate, lang)}
            </span>
          ) : null}
        </span>
      ),
      sortValue: ({ a }) => a.projectedAttainment,
      csv: ({ indicator: ind, a }) => csvFigure(a.projection, ind, lang),
      hideOnPhone: true,
    },
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />,
      sortValue: ({ a }) => INDICATOR_STATUS_KEYS.indexOf(a.status ?? 'noData'),
      csv: (x) => tc(`indicatorStatus.${statusKey(x)}`),
    },
    {
      key: 'date',
      header: t('col.date'),
      render: ({ a }) => <span className="num">{formatDate(a.actualDate, lang)}</span>,
      sortValue: ({ a }) => a.actualDate,
      hideOnPhone: true,
    },
    {
      key: 'source',
      header: t('col.source'),
      render: ({ indicator: ind }) => (
        <span className="ind-source">{ind.source ? textIn(ind.source, ind.sourceEn, lang) : '—'}</span>
      ),
      sortValue: ({ indicator: ind }) => (ind.source ? rawTextIn(ind.source, ind.sourceEn, lang) : null),
      hideOnPhone: true,
    },
  ];

  return (
    <>
      <section className="panel ind-filters" aria-label={t('filters')} data-testid="indicator-filters">
        <div className="filter-bar">
          <span className="ind-filter-label" id="ind-fn-label">
            {t('fnFilter')}
          </span>
          <div className="ind-chips" role="group" aria-labelledby="ind-fn-label">
            <button type="button" className="chip" aria-pressed={fn === null} onClick={() => setFnRaw(null)}>
              {t('all')}
            </button>
            {FUNCTION_CODES.map((f) => (
              <button
                key={f}
                type="button"
                className="chip"
                aria-pressed={fn === f}
                onClick={() => setFnRaw(fn === f ? null : f)}
                data-testid={`fn-chip-${f}`}
              >
                <span className={`fn-tag fn-${f}`} aria-hidden="true">
                  {f}
                </span>
                {fnName(f)}
              </button>
            ))}
          </div>
        </div>
        <div className="filter-bar">
          <span className="ind-filter-label" id="ind-status-label">
            {t('statusFilter')}
          </span>
          <div className="ind-chips" role="group" aria-labelledby="ind-status-label">
            {INDICATOR_STATUS_KEYS.filter((s) => statusCounts[s] > 0 || statuses.includes(s)).map((s) => (
              <button
                key={s}
                type="button"
                className={`chip status-${s}`}
                aria-pressed={statuses.includes(s)}
                onClick={() => toggleStatus(s)}
                data-testid={`status-chip-${s}`}
              >
                <span className="status-glyph" aria-hidden="true">
                  {STATUS_GLYPH[s]}
                </span>
                {tc(`indicatorStatus.${s}`)} <span className="num ind-chip-count">{statusCounts[s]}</span>
              </button>
            ))}
          </div>
        </div>
        {years.length > 0 ? (
          <div className="filter-bar">
            <span className="ind-filter-label" id="ind-year-label">
              {t('yearFilter')}
            </span>
            <div className="ind-chips" role="group" aria-labelledby="ind-year-label">
              <button
                type="button"
                className="chip"
                aria-pressed={year === null}
                onClick={() => setYear(null)}
              >
                {t('current')}
              </button>
              {years.map((y) => (
                <button
                  key={y}
                  type="button"
                  className="chip num"
                  aria-pressed={year === y}
                  onClick={() => setYear(year === y ? null : y)}
                  data-testid={`year-chip-${y}`}
                >
                  {y}
                </button>
              ))}
            </div>
          </div>
        ) : null}
        <div className="ind-filter-foot">
          {year !== null ? (
            <p className="ind-evaluated" role="status" data-testid="evaluated-at">
              {t('evaluatedAt', { year, date: formatDate(date, lang) })}
            </p>
          ) : (
            <span />
          )}
          {anyFilter ? (
            <button type="button" className="btn ghost small" onClick={clearFilters}>
              {t('clearFilters')}
            </button>
          ) : null}
        </div>
      </section>

      <Panel title={t('byFunction')} testId="indicator-functions">
        <div className="ind-fn-grid">
          {rollups.map((r) => {
            const code = r.key as FunctionCode;
            const plainFn = data.plan.functions.find((f) => f.code === code);
            return (
              <button
                key={code}
                type="button"
                className="ind-fn-card"
                aria-pressed={fn === code}
                onClick={() => setFnRaw(fn === code ? null : code)}
                style={{ '--fn-color': palette.fn[code] } as React.CSSProperties}
                data-testid={`indicator-fn-${code}`}
                title={t('filterByFn', { name: fnName(code) })}
              >
                <span className="ind-fn-head">
                  <span className={`fn-tag fn-${code}`}>{code}</span>
                  <span className="ind-fn-name">{plainFn ? nameIn(plainFn, lang) : fnName(code)}</span>
                  <span className="ind-fn-count">{t('indicatorCount', { count: r.count })}</span>
                </span>
                <span className="ind-fn-figures">
                  <span className="ind-fn-figure">
                    <span className="num big" data-testid={`indicator-fn-${code}-mean`}>
                      {formatPercent(r.meanAttainment)}
                    </span>
                    <span className="ind-fn-caption">{t('meanAttainment')}</span>
                  </span>
                  <span className="ind-fn-figure">
                    <span className="num mid status-text-done" data-testid={`indicator-fn-${code}-met`}>
                      {r.met}
                    </span>
                    <span className="ind-fn-caption">{t('met')}</span>
                  </span>
                  <span className="ind-fn-figure">
                    <span
                      className="num mid status-text-lagging"
                      data-testid={`indicator-fn-${code}-at-risk`}
                    >
                      {r.atRisk}
                    </span>
                    <span className="ind-fn-caption">{t('atRisk')}</span>
                  </span>
                </span>
                <StatusBar counts={r.counts} kind="indicator" noData={r.noData} showLegend={false} />
              </button>
            );
          })}
        </div>
      </Panel>

      <Panel title={t('bulletTitle')} testId="indicator-bullet">
        {rows.length === 0 ? (
          <p className="panel-state">{t('noMatch')}</p>
        ) : (
          <>
            <ul className="ind-legend" aria-label={t('bulletLabel')}>
              <li>
                <span className="ind-key ind-key-bar" aria-hidden="true" />
                {t('legendBar')}
              </li>
              <li>
                <span className="ind-key ind-key-tick" aria-hidden="true" />
                {t('legendTick')}
              </li>
              <li>
                <span className="ind-key ind-key-target" aria-hidden="true" />
                {t('legendTarget')} 100%
              </li>
              <li className="ind-help">{t('bulletHelp')}</li>
            </ul>
            <div ref={chartRef}>
              <Chart
                option={bullet}
                label={t('bulletLabel')}
                height={`${bulletHeightRem(bulletRows.length)}rem`}
                downloadName={`${t('bulletTitle')}-${date}`}
                onEvents={onChartEvents}
              />
            </div>
          </>
        )}
      </Panel>

      <Panel title={t('table')} testId="indicator-table">
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(x) => x.indicator.id}
          caption={t('tableCaption')}
          csvName={t('csvName')}
          asOf={date}
          emptyText={t('noMatch')}
          testId="indicators-table"
          rowClassName={(x) => `ind-row status-row-${statusKey(x)}`}
        />
      </Panel>
    </>
  );
}
