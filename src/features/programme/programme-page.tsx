import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { STATUS_GLYPH, StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { STATUS_CODES, type StatusCode } from '../../domain/codes';
import type { Programme } from '../../domain/schemas';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn, shortNameIn, rawNameIn } from '../../lib/names';
import { targetPeriodLabel } from '../../lib/target-period';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useListParam, useSearchParam } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildTargetsOption, valueWithUnit } from './build-targets-option';
import './messages';
import './programme.css';
import {
  areaOrdinal,
  evaluationDate,
  filterItems,
  groupByArea,
  pickProgramme,
  programmeItems,
  summarise,
  targetRows,
  timeliness,
  type ProgrammeItem,
  type TargetRow,
  type Timeliness,
} from './select-programme';

const PHONE = '(max-width: 760px)';
/** True at phone width (the same break as the shared styles), following resizes. */
function useNarrow(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = window.matchMedia(PHONE);
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => window.matchMedia(PHONE).matches,
    () => false,
  );
}

export function ProgrammePage() {
  const { t } = useTranslation('programme');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const programme = state.data ? pickProgramme(state.data.plan) : null;
  const evalDate = state.assessment && programme ? evaluationDate(state.assessment.asOf, programme) : null;
  const sameDate = evalDate === null || evalDate === state.assessment?.asOf;
  // The programme year's targets need the data at its year end; the same query as the page when the dates agree.
  const yearEndState = usePlanAssessment(sameDate ? asOfParam : evalDate);
  const yearEnd = sameDate ? state.assessment : yearEndState.assessment;
  const lang = useLang();
  return (
    <PageFrame
      needs={['workItems', 'indicators']}
      title={programme ? nameIn(programme, lang) : t('title')}
      testId="programme"
      state={state}
      requestedAsOf={asOfParam}
    >
      {(assessment, data) =>
        programme ? (
          <ProgrammeBody
            assessment={assessment}
            data={data}
            programme={programme}
            yearEnd={yearEnd}
            evalDate={evalDate ?? assessment.asOf}
          />
        ) : (
          <Panel title={t('title')}>
            <p className="panel-state">{t('noProgramme')}</p>
          </Panel>
        )
      }
    </PageFrame>
  );
}

interface BodyProps {
  assessment: PlanAssessment;
  data: PlanData;
  programme: Programme;
  yearEnd: PlanAssessment | null;
  evalDate: string;
}

function TimelinessTag({ x, asOf }: { x: ProgrammeItem; asOf: string }) {
  const { t } = useTranslation('programme');
  const tl = timeliness(x, asOf);
  if (tl.kind === 'none') return null;
  if (tl.kind === 'open') return <span className="timeliness open">{t('notDone')}</span>;
  return (
    <span className={`timeliness ${tl.kind}`}>
      {tl.kind === 'late' ? t('lateBy', { days: tl.days, count: tl.days }) : t('onTime')}
    </span>
  );
}

function timelinessText(tl: Timeliness, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (tl.kind === 'late') return t('lateBy', { days: tl.days, count: tl.days });
  if (tl.kind === 'onTime') return t('onTime');
  if (tl.kind === 'open') return t('notDone');
  return '';
}

function ProgrammeBody({ assessment, data, programme, yearEnd, evalDate }: BodyProps) {
  const { t } = useTranslation('programme');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const compact = useNarrow();
  const [areaRaw, setArea] = useSearchParam('area');
  const [statuses, setStatuses] = useListParam<StatusCode>('status', STATUS_CODES);
  const areaId = areaRaw && programme.areas.some((a) => a.id === areaRaw) ? areaRaw : null;

  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id, u])), [data.units]);
  const unitName = (id: string | undefined) => (id ? shortNameIn(unitById.get(id), lang, id) : '—');
  const items = useMemo(
    () => programmeItems(programme, assessment, yearEnd),
    [programme, assessment, yearEnd],
  );
  const shown = useMemo(() => filterItems(items, areaId, statuses), [items, areaId, statuses]);
  const groups = useMemo(() => groupByArea(programme, items, shown), [programme, items, shown]);
  const summary = useMemo(() => summarise(items, assessment.asOf), [items, assessment.asOf]);
  const targets = useMemo(() => (yearEnd ? targetRows(programme, yearEnd) : []), [programme, yearEnd]);
  const filtering = areaId !== null || statuses.length > 0;
  const year = programme.year;
  const evalNote = t('evaluatedNote', { year, date: formatDate(evalDate, lang) });

  const statusWord = useCallback((s: StatusCode | null) => tc(`indicatorStatus.${s ?? 'noData'}`), [tc]);
  const option = useMemo(
    () =>
      buildTargetsOption({
        rows: targets,
        palette,
        lang,
        rem,
        compact,
        labels: {
          attainment: t('chart.attainment'),
          target: t('chart.target'),
          actual: t('chart.actual'),
          status: t('chart.status'),
          item: t('chart.item'),
          expected: t('chart.expected'),
          noData: t('noData'),
          statusWord,
        },
      }),
    [targets, palette, lang, rem, compact, t, statusWord],
  );

  const toggleStatus = (s: StatusCode) =>
    setStatuses(statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s]);
  const statusCounts = summary.counts;
  const areaTitle = (id: string) => {
    const area = programme.areas.find((a) => a.id === id);
    return area ? `${areaOrdinal(area.order, lang)}${nameIn(area, lang)}` : id;
  };
  const unitOf = (r: TargetRow) => r.ind.indicator;

  const itemColumns: Column<ProgrammeItem>[] = [
    {
      key: 'no',
      header: t('col.no'),
      render: (x) => <span className="num">{x.no}</span>,
      sortValue: (x) => (x.area?.order ?? 0) * 100 + x.item.order,
      csv: (x) => x.no,
    },
    {
      key: 'area',
      header: t('col.area'),
      render: (x) => areaTitle(x.item.areaId),
      csv: (x) => areaTitle(x.item.areaId),
      hideOnPhone: true,
    },
    {
      key: 'item',
      header: t('col.item'),
      render: (x) => nameIn(x.item, lang),
      sortValue: (x) => rawNameIn(x.item, lang),
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (x) => (
        <>
          <StatusBadge status={x.status} manual={Boolean(x.a?.manual)} />
          {x.atYearEnd ? <span className="year-end-tag">{t('evaluatedNoteShort', { year })}</span> : null}
        </>
      ),
      sortValue: (x) => (x.status ? STATUS_CODES.indexOf(x.status) : 9),
      csv: (x) => tc(`status.${x.status ?? 'noData'}`),
    },
    {
      key: 'progress',
      header: t('col.progress'),
      render: (x) => formatPercent(x.progress),
      sortValue: (x) => x.progress,
      csv: (x) => formatPercent(x.progress),
      align: 'end',
    },
    {
      key: 'lead',
      header: t('col.lead'),
      render: (x) => unitName(x.item.leadUnitId),
      sortValue: (x) => unitName(x.item.leadUnitId),
    },
    {
      key: 'due',
      header: t('col.due'),
      render: (x) => formatDate(x.item.due, lang),
      sortValue: (x) => x.item.due,
      hideOnPhone: true,
    },
    {
      key: 'completed',
      header: t('col.completed'),
      render: (x) => {
        const tl = timeliness(x, assessment.asOf);
        return tl.kind === 'onTime' || tl.kind === 'late' ? formatDate(tl.date, lang) : '—';
      },
      sortValue: (x) => {
        const tl = timeliness(x, assessment.asOf);
        return tl.kind === 'onTime' || tl.kind === 'late' ? tl.date : null;
      },
    },
    {
      key: 'timeliness',
      header: t('col.timeliness'),
      render: (x) => <TimelinessTag x={x} asOf={assessment.asOf} />,
      csv: (x) => timelinessText(timeliness(x, assessment.asOf), t),
    },
  ];

  const targetColumns: Column<TargetRow>[] = [
    {
      key: 'no',
      header: t('col.no'),
      render: (r) => <span className="num">{r.item.no}</span>,
      csv: (r) => r.item.no,
    },
    {
      key: 'item',
      header: t('col.item'),
      render: (r) => nameIn(r.item.item, lang),
      csv: (r) => rawNameIn(r.item.item, lang),
      hideOnPhone: true,
    },
    {
      key: 'indicator',
      header: t('col.indicator'),
      render: (r) => nameIn(r.ind.indicator, lang),
      sortValue: (r) => rawNameIn(r.ind.indicator, lang),
    },
    {
      key: 'target',
      header: t('col.target'),
      render: (r) => (
        <>
          {valueWithUnit(r.ind.a.target?.value ?? null, unitOf(r), lang)}
          {r.ind.a.target ? (
            <span className="target-label">{targetPeriodLabel(r.ind.a.target, lang)}</span>
          ) : null}
        </>
      ),
      csv: (r) => valueWithUnit(r.ind.a.target?.value ?? null, unitOf(r), lang),
      align: 'end',
    },
    {
      key: 'actual',
      header: t('col.actual'),
      render: (r) => valueWithUnit(r.ind.a.actual, unitOf(r), lang),
      csv: (r) => valueWithUnit(r.ind.a.actual, unitOf(r), lang),
      align: 'end',
    },
    {
      key: 'actualDate',
      header: t('col.actualDate'),
      render: (r) => formatDate(r.ind.a.actualDate, lang),
      sortValue: (r) => r.ind.a.actualDate,
      hideOnPhone: true,
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      render: (r) => <strong>{formatPercent(r.ind.a.attainment)}</strong>,
      sortValue: (r) => r.ind.a.attainment,
      csv: (r) => formatPercent(r.ind.a.attainment),
      align: 'end',
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (r) => <StatusBadge status={r.ind.a.status} kind="indicator" />,
      sortValue: (r) => (r.ind.a.status ? STATUS_CODES.indexOf(r.ind.a.status) : 9),
      csv: (r) => statusWord(r.ind.a.status),
    },
  ];

  return (
    <>
      <p className="programme-summary">
        {t('summary', { name: nameIn(programme, lang), areas: programme.areas.length, items: items.length })}
      </p>
      <div className="programme-kpis">
        <Panel title={t('kpi.items')} testId="kpi-items">
          <p className="kpi-figure">
            <span className="num big" data-testid="item-count">
              {summary.items}
            </span>
          </p>
          <StatusBar counts={summary.counts} noData={summary.noData} />
        </Panel>
        <Panel title={t('kpi.done')} testId="kpi-done">
          <p className="kpi-figure">
            <span className="num big status-text-done" data-testid="done-count">
              {summary.done}
            </span>
          </p>
          <p className="kpi-foot">
            {t('kpi.onTime')}{' '}
            <strong className="num" data-testid="on-time-count">
              {summary.onTime}
            </strong>{' '}
            · {t('kpi.late')}{' '}
            <strong className="num" data-testid="late-count">
              {summary.late}
            </strong>
            {summary.doneOther > 0 ? (
              <>
                {' '}
                · {t('kpi.doneOther')}{' '}
                <strong className="num" data-testid="done-other-count">
                  {summary.doneOther}
                </strong>
              </>
            ) : null}
          </p>
        </Panel>
        <Panel title={t('kpi.behind')} testId="kpi-behind">
          <p className="kpi-figure">
            <span
              className={`num big ${summary.behind > 0 ? 'status-text-lagging' : ''}`}
              data-testid="behind-count"
            >
              {summary.behind}
            </span>
          </p>
          <p className="kpi-foot">
            {t('byIndicatorsFoot', {
              count: items.filter((x) => x.atYearEnd).length,
              year,
              date: formatDate(evalDate, lang),
            })}
          </p>
        </Panel>
      </div>

      <div className="filter-bar programme-filters" role="group" aria-label={t('filters')}>
        <span className="filter-label">{t('area')}</span>
        <button
          type="button"
          className="chip"
          aria-pressed={areaId === null}
          onClick={() => setArea(null)}
          data-testid="area-all"
        >
          {t('all')}
        </button>
        {[...programme.areas]
          .sort((a, b) => a.order - b.order)
          .map((a) => (
            <button
              key={a.id}
              type="button"
              className="chip"
              aria-pressed={areaId === a.id}
              onClick={() => setArea(areaId === a.id ? null : a.id)}
              data-testid={`area-chip-${a.id}`}
              title={nameIn(a, lang)}
            >
              {areaOrdinal(a.order, lang).replace('、', ' ')}
              {nameIn(a, lang)}
            </button>
          ))}
      </div>
      <div className="filter-bar programme-filters" role="group" aria-label={t('status')}>
        <span className="filter-label">{t('status')}</span>
        <button
          type="button"
          className="chip"
          aria-pressed={statuses.length === 0}
          onClick={() => setStatuses([])}
          data-testid="status-all"
        >
          {t('all')}
        </button>
        {STATUS_CODES.map((s) => (
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
            {tc(`status.${s}`)} <span className="num">{statusCounts[s]}</span>
          </button>
        ))}
      </div>

      {shown.length === 0 ? (
        <Panel title={t('title')} testId="programme-empty">
          <p className="panel-state" data-testid="no-items">
            {t('noItems')}
          </p>
        </Panel>
      ) : (
        <div className="area-grid">
          {groups
            .filter((g) => g.items.length > 0 || !filtering)
            .map((g) => (
              <Panel
                key={g.area.id}
                title={`${areaOrdinal(g.area.order, lang)}${nameIn(g.area, lang)}`}
                testId={`area-${g.area.id}`}
                className="area-panel"
              >
                <div data-testid="area" data-area-id={g.area.id}>
                  <StatusBar counts={g.counts} noData={g.noData} />
                  <ol className="item-list">
                    {g.items.map((x) => (
                      <li key={x.item.id} data-testid="work-item" data-item-id={x.item.id}>
                        <div className="item-head">
                          <span className="num item-no">{x.no}</span>
                          <span className="item-name">{nameIn(x.item, lang)}</span>
                          <StatusBadge status={x.status} manual={Boolean(x.a?.manual)} />
                        </div>
                        <div className="item-meter" aria-hidden="true">
                          <span className="meter">
                            <span
                              className="meter-fill"
                              style={{ width: `${Math.round(Math.min(1, x.progress ?? 0) * 100)}%` }}
                            />
                            {x.a ? (
                              <span
                                className="meter-mark"
                                style={{ left: `${Math.round(x.a.timeProgress * 100)}%` }}
                              />
                            ) : null}
                          </span>
                          <span className="num item-pct">{formatPercent(x.progress)}</span>
                        </div>
                        <div className="item-facts">
                          <span>
                            {t('lead')} <strong>{unitName(x.item.leadUnitId)}</strong>
                          </span>
                          <span>
                            {t('due')} {formatDate(x.item.due, lang)}
                          </span>
                          <TimelinessTag x={x} asOf={assessment.asOf} />
                          {x.atYearEnd ? (
                            <span className="year-end-tag">{t('evaluatedNoteShort', { year })}</span>
                          ) : null}
                        </div>
                        {x.item.kind === 'indicator' && x.indicators.length > 0 ? (
                          <ul className="item-indicators">
                            {x.indicators.map((ind) => (
                              <li key={ind.indicator.id}>
                                <span>{nameIn(ind.indicator, lang)}</span>
                                <span className="num">
                                  {valueWithUnit(ind.a.actual, ind.indicator, lang)} /{' '}
                                  {valueWithUnit(ind.a.target?.value ?? null, ind.indicator, lang)}
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                </div>
              </Panel>
            ))}
        </div>
      )}

      <Panel title={t('targets', { year })} testId="targets" className="targets-panel">
        <p className="evaluated-note" data-testid="evaluated-note">
          {evalNote}
        </p>
        {!yearEnd ? (
          <p className="panel-state">{tc('state.loading')}</p>
        ) : targets.length === 0 ? (
          <p className="panel-state">{t('targetsEmpty')}</p>
        ) : (
          <div className="targets-layout">
            <Chart
              option={option}
              label={t('targetsChart', { year })}
              height={`${Math.max(12, targets.length * (compact ? 3.3 : 2.9) + 4)}rem`}
              downloadName={`${t('targetsCsv')}-${evalDate}`}
            />
            <DataTable
              rows={targets}
              columns={targetColumns}
              rowKey={(r) => r.key}
              caption={t('targets', { year })}
              csvName={t('targetsCsv')}
              asOf={evalDate}
              sortParam="tsort"
              testId="targets-table"
            />
          </div>
        )}
      </Panel>

      <Panel title={t('itemsTable')} testId="items-table-panel">
        <DataTable
          rows={shown}
          columns={itemColumns}
          rowKey={(x) => x.item.id}
          caption={t('itemsTable')}
          csvName={t('itemsCsv')}
          asOf={assessment.asOf}
          sortParam="sort"
          emptyText={t('noItems')}
          testId="items-table"
        />
      </Panel>
    </>
  );
}
