import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { Chart } from '../../components/chart';
import { DataTable, type Column } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { useConfig } from '../../data/config-context';
import { useComparison } from '../../data/use-comparison';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import {
  gapBand,
  type AssessedTask,
  type PlanAssessment,
  type PlanData,
  type StatusThresholds,
} from '../../domain/metrics';
import { unitKindSchema, type Unit, type UnitKind } from '../../domain/schemas';
import { formatDate, formatPercent, formatPoints } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useCompareParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useRem } from '../../lib/use-rem';
import { useLang, useTheme } from '../../stores/ui-store';
import { buildUnitRankingOption, SCORE_BANDS, type ScoreBand } from './build-unit-ranking-option';
import './messages';
import {
  buildUnitRows,
  filterByKind,
  kindCounts,
  movers,
  moveText,
  tasksOfUnit,
  type RankMove,
  type UnitRow,
} from './select-units';
import './units.css';

export function UnitsPage() {
  const { t } = useTranslation('units');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  return (
    <PageFrame needs={['tasks']} title={t('title')} testId="units" state={state} requestedAsOf={asOfParam}>
      {(assessment, data) => <UnitsBody assessment={assessment} data={data} complete={!state.pending} />}
    </PageFrame>
  );
}

const PHONE = '(max-width: 760px)';

/** The watch band as everywhere else: a score inside it is not drawn in the lagging colour. */
const SCORE_CLASS = { ahead: 'gap-pos', watch: 'gap-watch', behind: 'gap-neg' } as const;
const scoreClass = (score: number, t: StatusThresholds) =>
  SCORE_CLASS[gapBand(Math.round(score * 100) / 100, t)];
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

function useMoveWords() {
  const { t } = useTranslation('units');
  return useCallback(
    (move: RankMove): string =>
      move.kind === 'up' || move.kind === 'down'
        ? t(`change.${move.kind}`, { n: move.by })
        : t(`change.${move.kind}`),
    [t],
  );
}

function RankMoveTag({ move }: { move: RankMove }) {
  const { t } = useTranslation('units');
  const words = useMoveWords()(move);
  return (
    <span className={`rank-move move-${move.kind}`} title={words} data-testid="rank-move">
      <span aria-hidden="true">{moveText(move, t('newShort'), t('rankWord'))}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}

function Meter({ progress, time }: { progress: number; time: number }) {
  return (
    <div className="meter" aria-hidden="true">
      <span className="meter-fill" style={{ width: `${Math.round(Math.min(1, progress) * 100)}%` }} />
      <span className="meter-mark" style={{ left: `${Math.round(Math.min(1, time) * 100)}%` }} />
    </div>
  );
}

function TaskList({ tasks, testId }: { tasks: AssessedTask[]; testId: string }) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const search = useSharedSearch();
  if (tasks.length === 0) return <p className="units-none">{t('noTasks')}</p>;
  return (
    <ul className="unit-task-list" data-testid={testId}>
      {tasks.map(({ task, a }) => (
        <li key={task.id}>
          <StatusBadge status={a.status} manual={Boolean(a.manual)} compact />
          <Link className="link" to={`/tasks/${encodeURIComponent(task.id)}${search}`}>
            {nameIn(task, lang)}
          </Link>
          <span
            className="num unit-task-pct"
            title={t('progressOf', {
              progress: formatPercent(a.progress),
              time: formatPercent(a.timeProgress),
            })}
          >
            {formatPercent(a.progress)}
            <span className="muted"> / {formatPercent(a.timeProgress)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function UnitsBody({
  assessment,
  data,
  complete,
}: {
  assessment: PlanAssessment;
  data: PlanData;
  complete: boolean;
}) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const rem = useRem();
  const { thresholds } = useConfig();
  const [compareParam] = useCompareParam();
  const comparison = useComparison(complete ? assessment : null, compareParam);
  const [kindRaw, setKind] = useSearchParam('kind');
  const [unitParam, setUnit] = useSearchParam('unit');
  const moveWords = useMoveWords();
  const compact = useNarrow();

  const kindParsed = unitKindSchema.safeParse(kindRaw);
  const kind: UnitKind | null = kindParsed.success ? kindParsed.data : null;
  const rows = useMemo(
    () => buildUnitRows(assessment, data.units, comparison.before),
    [assessment, data.units, comparison.before],
  );
  const shown = useMemo(() => filterByKind(rows, kind), [rows, kind]);
  const kinds = useMemo(() => kindCounts(data.units, rows), [data.units, rows]);
  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id, u])), [data.units]);
  const selectedId =
    unitParam && (unitById.has(unitParam) || rows.some((r) => r.unitId === unitParam)) ? unitParam : null;

  const points = String(Math.round(thresholds.lagGap * 100));
  const bandLabels = useMemo(
    () =>
      Object.fromEntries(SCORE_BANDS.map((b) => [b, t(`bands.${b}`, { points })])) as Record<
        ScoreBand,
        string
      >,
    [t, points],
  );
  const option = useMemo(
    () =>
      buildUnitRankingOption({
        rows: shown,
        palette,
        lang,
        rem,
        lagGap: thresholds.lagGap,
        selectedId,
        compact,
        labels: {
          bands: bandLabels,
          axis: t('axisScore'),
          newWord: t('newShort'),
          rankWord: t('rankWord'),
          tooltip: {
            rank: t('tooltip.rank'),
            tasks: t('tooltip.tasks'),
            completion: t('tooltip.completion'),
            time: t('tooltip.time'),
            gap: t('tooltip.gap'),
            behind: t('tooltip.behind'),
            change: t('tooltip.change'),
          },
          moveWords,
        },
      }),
    [shown, palette, lang, rem, thresholds.lagGap, selectedId, compact, bandLabels, t, moveWords],
  );
  const onEvents = useMemo(
    () => ({
      click: (p: unknown) => {
        const name = (p as { name?: unknown }).name;
        if (typeof name === 'string') setUnit(name);
      },
    }),
    [setUnit],
  );

  const unitName = (id: string) => shortNameIn(unitById.get(id), lang, id);
  const compareDate = comparison.compareAsOf ? formatDate(comparison.compareAsOf, lang) : '—';
  const moved = movers(shown);

  const columns: Column<UnitRow>[] = [
    {
      key: 'rank',
      header: t('col.rank'),
      render: (r) => <strong className="num">{r.rank}</strong>,
      sortValue: (r) => r.rank,
      align: 'center',
    },
    {
      key: 'unit',
      header: t('col.unit'),
      render: (r) => (
        <button
          type="button"
          className="link-button"
          onClick={() => setUnit(r.unitId)}
          data-testid="table-unit"
        >
          {unitName(r.unitId)}
        </button>
      ),
      sortValue: (r) => unitName(r.unitId),
    },
    {
      key: 'kind',
      header: t('col.kind'),
      render: (r) => (r.unit ? t(`kinds.${r.unit.kind}`) : '—'),
      csv: (r) => (r.unit ? t(`kinds.${r.unit.kind}`) : ''),
      hideOnPhone: true,
    },
    { key: 'tasks', header: t('col.tasks'), render: (r) => r.count, sortValue: (r) => r.count, align: 'end' },
    {
      key: 'completion',
      header: t('col.completion'),
      render: (r) => formatPercent(r.meanProgress),
      sortValue: (r) => r.meanProgress,
      csv: (r) => formatPercent(r.meanProgress),
      align: 'end',
    },
    {
      key: 'time',
      header: t('col.time'),
      render: (r) => formatPercent(r.meanTimeProgress),
      sortValue: (r) => r.meanTimeProgress,
      csv: (r) => formatPercent(r.meanTimeProgress),
      align: 'end',
    },
    {
      key: 'gap',
      header: t('col.gap'),
      render: (r) => <span className={scoreClass(r.score, thresholds)}>{formatPoints(r.score)}</span>,
      sortValue: (r) => r.score,
      csv: (r) => Math.round(r.score * 100),
      align: 'end',
    },
    {
      key: 'behind',
      header: t('col.behind'),
      render: (r) => r.behind,
      sortValue: (r) => r.behind,
      align: 'end',
    },
    {
      key: 'change',
      header: t('col.change'),
      render: (r) => <RankMoveTag move={r.move} />,
      sortValue: (r) => (r.move.kind === 'up' ? r.move.by : r.move.kind === 'down' ? -r.move.by : 0),
      csv: (r) => moveText(r.move, t('newShort')),
      align: 'center',
    },
  ];

  return (
    <>
      <div className="filter-bar units-filters" role="group" aria-label={t('filters')}>
        <span className="filter-label">{t('kind')}</span>
        <button
          type="button"
          className="chip"
          aria-pressed={kind === null}
          onClick={() => setKind(null)}
          data-testid="kind-all"
        >
          {t('all')} <span className="num">{rows.length}</span>
        </button>
        {kinds.map((k) => (
          <button
            key={k.kind}
            type="button"
            className="chip"
            aria-pressed={kind === k.kind}
            onClick={() => setKind(kind === k.kind ? null : k.kind)}
            data-testid={`kind-${k.kind}`}
          >
            {t(`kinds.${k.kind}`)} <span className="num">{k.leads}</span>
          </button>
        ))}
        <label className="unit-picker">
          <span>{t('unit')}</span>
          <select
            value={selectedId ?? ''}
            onChange={(e) => setUnit(e.target.value || null)}
            data-testid="unit-select"
          >
            <option value="">{t('noUnit')}</option>
            {kinds.map((k) => (
              <optgroup key={k.kind} label={t(`kinds.${k.kind}`)}>
                {data.units
                  .filter((u) => u.kind === k.kind)
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {shortNameIn(u, lang)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
      </div>

      {selectedId ? (
        <SelectedUnit
          assessment={assessment}
          unitId={selectedId}
          unit={unitById.get(selectedId)}
          row={rows.find((r) => r.unitId === selectedId)}
          onClear={() => setUnit(null)}
        />
      ) : null}

      <div className="units-top">
        <Panel title={t('ranking')} testId="ranking" className="units-ranking">
          <p className="units-hint">{t('rankingHint')}</p>
          {shown.length === 0 ? (
            <p className="panel-state" data-testid="units-empty">
              {t('empty')}
            </p>
          ) : (
            <Chart
              option={option}
              label={t('rankingLabel')}
              height={`${Math.max(12, shown.length * (compact ? 3.4 : 2.9) + (compact ? 4.5 : 6))}rem`}
              downloadName={`${t('csvName')}-${assessment.asOf}`}
              onEvents={onEvents}
            />
          )}
        </Panel>
        <Panel title={t('changes')} testId="rank-changes">
          <p className="units-hint" data-testid="compare-date">
            {t('changesSince', { date: compareDate })}
          </p>
          {!comparison.before ? (
            <p className="panel-state">{t('changesPending')}</p>
          ) : shown.length === 0 ? (
            <p className="panel-state">{t('empty')}</p>
          ) : (
            <>
              <p className="board-summary" data-testid="board-summary">
                {moved.up.length + moved.down.length + moved.fresh.length === 0
                  ? t('changesNone')
                  : t('summary', { up: moved.up.length, down: moved.down.length, fresh: moved.fresh.length })}
              </p>
              <ol className="rank-board">
                {shown.map((r) => (
                  <li
                    key={r.unitId}
                    data-testid="board-row"
                    data-unit-id={r.unitId}
                    className={r.unitId === selectedId ? 'selected' : undefined}
                  >
                    <span className="rank-no num">{r.rank}</span>
                    <button
                      type="button"
                      className="link-button board-name"
                      onClick={() => setUnit(r.unitId)}
                    >
                      {unitName(r.unitId)}
                    </button>
                    <span className={`num board-score ${scoreClass(r.score, thresholds)}`}>
                      {formatPoints(r.score)}
                    </span>
                    <RankMoveTag move={r.move} />
                    <span className="muted board-prev">
                      {r.move.kind === 'up' || r.move.kind === 'down'
                        ? t('wasRank', { rank: r.move.from })
                        : r.move.kind === 'same'
                          ? t('wasRank', { rank: r.rank })
                          : ''}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </Panel>
      </div>

      <Panel title={t('cards')} testId="unit-cards">
        {shown.length === 0 ? (
          <p className="panel-state">{t('empty')}</p>
        ) : (
          <div className="unit-grid">
            {shown.map((r) => (
              <article
                key={r.unitId}
                className={r.unitId === selectedId ? 'unit-card selected' : 'unit-card'}
                data-testid="unit-card"
                data-unit-id={r.unitId}
              >
                <header className="unit-card-head">
                  <span className="rank-no num" title={t('rankOf', { rank: r.rank })}>
                    {r.rank}
                  </span>
                  <h3>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setUnit(r.unitId)}
                      aria-pressed={r.unitId === selectedId}
                    >
                      {unitName(r.unitId)}
                    </button>
                  </h3>
                  <RankMoveTag move={r.move} />
                </header>
                <dl className="unit-figures">
                  <div>
                    <dt>{t('completion')}</dt>
                    <dd className="num">{formatPercent(r.meanProgress)}</dd>
                  </div>
                  <div>
                    <dt>{t('timeProgress')}</dt>
                    <dd className="num time">{formatPercent(r.meanTimeProgress)}</dd>
                  </div>
                  <div>
                    <dt>{t('gap')}</dt>
                    <dd className={`num ${scoreClass(r.score, thresholds)}`}>{formatPoints(r.score)}</dd>
                  </div>
                  <div>
                    <dt>{t('behind')}</dt>
                    <dd className={`num ${r.behind > 0 ? 'gap-neg' : ''}`}>{r.behind}</dd>
                  </div>
                </dl>
                <Meter progress={r.meanProgress} time={r.meanTimeProgress} />
                <StatusBar counts={r.counts} showLegend />
                <p className="unit-subhead">
                  {t('leadTasks')} · {t('tasksCount', { count: r.count })}
                </p>
                <TaskList tasks={r.tasks} testId="unit-card-tasks" />
              </article>
            ))}
          </div>
        )}
      </Panel>

      <Panel title={t('table')} testId="units-table">
        <DataTable
          rows={shown}
          columns={columns}
          rowKey={(r) => r.unitId}
          caption={t('table')}
          csvName={t('csvName')}
          asOf={assessment.asOf}
          sortParam="sort"
          emptyText={t('empty')}
          testId="units-data-table"
          rowClassName={(r) => (r.unitId === selectedId ? 'row-selected' : undefined)}
        />
      </Panel>
    </>
  );
}

interface SelectedUnitProps {
  assessment: PlanAssessment;
  unitId: string;
  unit: Unit | undefined;
  row: UnitRow | undefined;
  onClear: () => void;
}

function SelectedUnit({ assessment, unitId, unit, row, onClear }: SelectedUnitProps) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const { lead, co } = useMemo(() => tasksOfUnit(assessment, unitId), [assessment, unitId]);
  return (
    <Panel
      title={`${t('selected')} · ${shortNameIn(unit, lang, unitId)}`}
      testId="selected-unit"
      className="selected-unit"
      actions={
        <button type="button" className="btn ghost small" onClick={onClear} data-testid="clear-unit">
          {t('clear')}
        </button>
      }
    >
      <p className="selected-unit-facts">
        <strong>{unit ? nameIn(unit, lang) : unitId}</strong>
        {unit ? <span className="muted"> · {t(`kinds.${unit.kind}`)}</span> : null}
        {row ? (
          <>
            <span> · {t('rankOf', { rank: row.rank })}</span> <RankMoveTag move={row.move} />
            <span className="muted">
              {' '}
              · {t('completion')} {formatPercent(row.meanProgress)} / {t('timeProgress')}{' '}
              {formatPercent(row.meanTimeProgress)}
            </span>
          </>
        ) : (
          <span className="muted"> · {t('notLead')}</span>
        )}
      </p>
      <div className="selected-unit-lists">
        <section>
          <h3>
            {t('leadTasks')} <span className="num muted">{lead.length}</span>
          </h3>
          <TaskList tasks={lead} testId="selected-lead-tasks" />
        </section>
        <section>
          <h3>
            {t('coTasks')} <span className="num muted">{co.length}</span>
          </h3>
          <TaskList tasks={co} testId="selected-co-tasks" />
        </section>
      </div>
    </Panel>
  );
}
