import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { DataTable, type Column } from '../../components/data-table';
import { dateColumn, nameColumn } from '../../components/columns';
import { KpiFigure } from '../../components/kpi-figure';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { gapBand, type AssessedIndicator } from '../../domain/metrics';
import { useConfig } from '../../data/config-context';
import type { CoreFunction, IsoDate, ProgressPoint } from '../../domain/schemas';
import { formatDate, formatPercent, formatPoints } from '../../lib/format';
import { nameIn, textIn } from '../../lib/names';
import { formatQuantityPair } from '../../lib/quantity';
import { useSearchParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import type { TaskRow } from './filter-tasks';
import {
  linkedIndicators,
  milestoneRows,
  progressNotes,
  type MilestoneRow,
  type MilestoneVerdict,
} from './select-task-detail';
import { StatusBasis } from '../../components/status-basis';
import './messages';

const VERDICT_GLYPH: Record<MilestoneVerdict, string> = {
  onTime: '✓',
  late: '!',
  missed: '✕',
  upcoming: '○',
};

export function VerdictBadge({ verdict }: { verdict: MilestoneVerdict }) {
  const { t } = useTranslation('tasks');
  return (
    <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_GLYPH[verdict]}</span> {t(`verdict.${verdict}`)}
    </span>
  );
}

export function TaskKpis({ row }: { row: TaskRow }) {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const { a } = row;
  const band = gapBand(a.gap, useConfig().thresholds);
  return (
    <Panel title={t('detail.status')} className="task-kpi-panel" testId="task-kpis">
      <div className="task-kpis" data-testid="task-count">
        <KpiFigure value={formatPercent(a.progress)} caption={t('detail.progress')} testId="task-progress" />
        <KpiFigure
          value={formatPercent(a.timeProgress)}
          caption={t('detail.timeProgress')}
          testId="task-time-progress"
          muted
        />
        <KpiFigure
          value={formatPoints(a.gap)}
          caption={t('detail.gapCaption')}
          testId="task-gap"
          className={`gap-${band === 'ahead' ? 'ok' : band}`}
        />
      </div>
      <div className="meter task-meter" aria-hidden="true">
        <span
          className={`meter-fill status-fill-${a.status}`}
          style={{ width: `${Math.round(a.progress * 100)}%` }}
        />
        <span className="meter-mark" style={{ left: `${Math.round(a.timeProgress * 100)}%` }} />
      </div>
      <div className="task-status-line" data-testid="task-status" data-status={a.status}>
        <StatusBadge status={a.status} manual={Boolean(a.manual)} />
        {a.reportedDiffers ? <StatusBasis a={{ ...a, manual: null }} /> : null}
      </div>
      {a.manual ? (
        <div className="manual-box" data-testid="manual-status">
          <p className="manual-head">✎ {t('manual.heading')}</p>
          <dl>
            <dt>{t('manual.reason')}</dt>
            <dd>{textIn(a.manual.reason, a.manual.reasonEn, lang)}</dd>
            {a.manual.setBy ? (
              <>
                <dt>{t('manual.by')}</dt>
                <dd>{textIn(a.manual.setBy, a.manual.setByEn, lang)}</dd>
              </>
            ) : null}
            <dt>{t('manual.at')}</dt>
            <dd>{formatDate(a.manual.setAt, lang)}</dd>
            <dt>{t('manual.computed')}</dt>
            <dd>
              <StatusBadge status={a.computed} />
            </dd>
          </dl>
        </div>
      ) : null}
    </Panel>
  );
}

export function TaskFacts({ row, functions }: { row: TaskRow; functions: CoreFunction[] }) {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { task, a } = row;
  return (
    <Panel title={t('detail.facts')} className="task-facts-panel" testId="task-facts">
      <dl className="facts">
        <dt>{t('detail.aspect')}</dt>
        <dd>{row.aspect ? `${row.aspectRank + 1}. ${nameIn(row.aspect, lang)}` : task.aspectId}</dd>
        <dt>{t('detail.functions')}</dt>
        <dd className="fact-fns">
          {task.functions.map((f) => {
            const fn = functions.find((x) => x.code === f);
            return (
              <span key={f} className="fact-fn">
                <span className={`fn-tag fn-${f}`} aria-hidden="true">
                  {f}
                </span>
                {fn ? nameIn(fn, lang) : tc(`fn.${f}`)}
              </span>
            );
          })}
        </dd>
        <dt>{t('detail.lead')}</dt>
        <dd data-testid="task-lead">{row.lead ? nameIn(row.lead, lang) : task.leadUnitId}</dd>
        <dt>{t('detail.coUnits')}</dt>
        <dd>
          {row.coUnits.length
            ? row.coUnits.map((u) => nameIn(u, lang)).join(lang === 'zh' ? '、' : '; ')
            : t('detail.none')}
        </dd>
        <dt>{t('detail.start')}</dt>
        <dd className="num">{formatDate(task.start, lang)}</dd>
        <dt>{t('detail.due')}</dt>
        <dd className="num">{formatDate(task.due, lang)}</dd>
        {a.completedOn ? (
          <>
            <dt>{t('detail.completedOn')}</dt>
            <dd className="num">{formatDate(a.completedOn, lang)}</dd>
          </>
        ) : null}
        <dt>{t('detail.next')}</dt>
        <dd data-testid="task-next">
          {a.nextMilestone
            ? `${nameIn(a.nextMilestone, lang)} · ${formatDate(a.nextMilestone.planned, lang)}`
            : t('detail.none')}
        </dd>
        {row.latestNote ? (
          <>
            <dt>{t('detail.latestNote')}</dt>
            <dd>
              {lang === 'en' && row.latestNote.noteEn ? row.latestNote.noteEn : row.latestNote.note}
              <span className="cell-sub num"> · {formatDate(row.latestNote.date, lang)}</span>
            </dd>
          </>
        ) : null}
      </dl>
    </Panel>
  );
}

export function MilestonesTable({ row, asOf }: { row: TaskRow; asOf: IsoDate }) {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const rows = useMemo(() => milestoneRows(row.task.milestones, asOf), [row.task.milestones, asOf]);
  const columns = useMemo<Column<MilestoneRow>[]>(
    () => [
      nameColumn('name', t('detail.msName'), (m) => m.milestone, lang, { sortValue: null }),
      dateColumn('planned', t('detail.planned'), (m) => m.milestone.planned, lang),
      dateColumn('actual', t('detail.actual'), (m) => m.actual, lang),
      {
        key: 'verdict',
        header: t('detail.verdict'),
        render: (m) => <VerdictBadge verdict={m.verdict} />,
        csv: (m) => t(`verdict.${m.verdict}`),
      },
    ],
    [t, lang],
  );
  return (
    <Panel title={t('detail.milestones')} className="milestones-panel" testId="task-milestones">
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(m) => m.milestone.id}
        text={{ caption: t('detail.milestones'), csvName: `${row.task.id}-${t('detail.milestonesCsv')}` }}
        asOf={asOf}
        sortParam="msort"
        emptyText={t('detail.noMilestones')}
        testId="milestone-table"
      />
    </Panel>
  );
}

export function NotesTable({ row, asOf }: { row: TaskRow; asOf: IsoDate }) {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const [mode, setMode] = useSearchParam('notes');
  const all = mode === 'all';
  const notes = useMemo(() => progressNotes(row.task.progress, asOf, !all), [row.task.progress, asOf, all]);
  const total = useMemo(
    () => progressNotes(row.task.progress, asOf, false).length,
    [row.task.progress, asOf],
  );
  const columns = useMemo<Column<ProgressPoint>[]>(() => {
    const noteOf = (p: ProgressPoint) => (lang === 'en' && p.noteEn ? p.noteEn : (p.note ?? p.noteEn ?? ''));
    return [
      dateColumn('date', t('detail.noteDate'), (p) => p.date, lang, {
        look: { tag: 'span', className: 'num' },
      }),
      {
        key: 'percent',
        header: t('detail.notePercent'),
        align: 'end',
        render: (p) => <span className="num">{Math.round(p.percent)}%</span>,
        sortValue: (p) => p.percent,
        csv: (p) => `${Math.round(p.percent)}%`,
      },
      { key: 'note', header: t('detail.note'), render: (p) => noteOf(p) || '—', csv: (p) => noteOf(p) },
    ];
  }, [t, lang]);
  return (
    <Panel
      title={t('detail.notes')}
      className="notes-panel"
      testId="task-notes"
      actions={
        <div className="chip-group" role="group" aria-label={t('detail.notes')}>
          <button
            type="button"
            className="chip"
            aria-pressed={!all}
            onClick={() => setMode(null)}
            data-testid="notes-with-text"
          >
            {t('detail.notesWithText')}
          </button>
          <button
            type="button"
            className="chip"
            aria-pressed={all}
            onClick={() => setMode('all')}
            data-testid="notes-all"
          >
            {t('detail.notesAll', { count: total })}
          </button>
        </div>
      }
    >
      <DataTable
        rows={notes}
        columns={columns}
        rowKey={(p) => `${p.date}-${p.percent}-${p.note ?? ''}`}
        text={{ caption: t('detail.notes'), csvName: `${row.task.id}-${t('detail.notesCsv')}` }}
        asOf={asOf}
        sortParam="nsort"
        emptyText={t('detail.noNotes')}
        testId="notes-table"
      />
    </Panel>
  );
}

export function LinkedIndicators({
  indicators,
  taskId,
  shared,
}: {
  indicators: AssessedIndicator[];
  taskId: string;
  shared: string;
}) {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const list = linkedIndicators(indicators, taskId);
  return (
    <Panel title={t('detail.indicators')} className="indicators-panel" testId="task-indicators">
      {list.length === 0 ? (
        <p className="panel-state">{t('detail.noIndicators')}</p>
      ) : (
        <ul className="stack-list linked-indicators">
          {list.map(({ indicator, a }) => {
            return (
              <li key={indicator.id} data-testid={`indicator-${indicator.id}`}>
                <Link
                  className="link indicator-name"
                  to={`/indicators/${encodeURIComponent(indicator.id)}${shared}`}
                >
                  {nameIn(indicator, lang)}
                </Link>
                <span className="indicator-facts">
                  <span className="num">
                    {formatQuantityPair(a.actual, a.target?.value ?? null, indicator, lang)}
                  </span>
                  <span>
                    {t('detail.attainment')}{' '}
                    <strong className="num" data-testid="indicator-attainment">
                      {formatPercent(a.attainment)}
                    </strong>
                  </span>
                  <StatusBadge status={a.status} kind="indicator" />
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
