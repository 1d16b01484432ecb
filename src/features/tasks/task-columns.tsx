import { useMemo } from 'react';
import { useTranslation, type TFunction } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import type { ManualStatus, Unit } from '../../domain/schemas';
import { formatDate, formatPercent, formatPoints, type Lang } from '../../lib/format';
import { nameIn, shortNameIn, rawNameIn, textIn } from '../../lib/names';
import { shortAspectName, TASK_SORT_VALUES, type TaskRow } from './filter-tasks';
import { StatusBasis, statusBasisText } from '../../components/status-basis';
import { useConfig } from '../../data/config-context';
import { gapBand, type StatusThresholds } from '../../domain/metrics';
import './messages';

const noteIn = (p: { note?: string | undefined; noteEn?: string | undefined } | null, lang: Lang) =>
  p ? (lang === 'en' && p.noteEn ? p.noteEn : (p.note ?? p.noteEn ?? '')) : '';

const unitList = (units: Unit[], lang: Lang) =>
  units.map((u) => shortNameIn(u, lang)).join(lang === 'zh' ? '、' : ', ');

export function manualText(m: ManualStatus, lang: Lang): string {
  const who = [textIn(m.setBy, m.setByEn, lang), formatDate(m.setAt, lang)]
    .filter(Boolean)
    .join(lang === 'zh' ? '，' : ', ');
  const reason = textIn(m.reason, m.reasonEn, lang);
  return lang === 'zh' ? `${reason}（${who}）` : `${reason} (${who})`;
}

/** What every column's text depends on: the page's language, the translators and the shared URL state. */
interface ColumnContext {
  t: TFunction;
  tc: TFunction;
  lang: Lang;
  /** The shared search string carried into a task's link. */
  shared: string;
  thresholds: StatusThresholds;
}

const aspectColumn = ({ t, lang }: ColumnContext): Column<TaskRow> => ({
  key: 'aspect',
  width: '10rem',
  hideOnPhone: true,
  header: t('col.aspect'),
  sortValue: TASK_SORT_VALUES.aspect,
  csv: (r) => (r.aspect ? rawNameIn(r.aspect, lang) : r.task.aspectId),
  render: (r) => {
    const full = r.aspect ? nameIn(r.aspect, lang) : r.task.aspectId;
    return (
      <span className="aspect-cell" title={full}>
        <span className="aspect-no num-ring" aria-hidden="true">
          {r.aspect ? r.aspectRank + 1 : '?'}
        </span>
        <span className="aspect-text">{shortAspectName(full)}</span>
      </span>
    );
  },
});

const taskColumn = ({ t, lang, shared }: ColumnContext): Column<TaskRow> => ({
  key: 'task',
  header: t('col.task'),
  cardTitle: true,
  sortValue: TASK_SORT_VALUES.task,
  csv: (r) => rawNameIn(r.task, lang),
  render: (r) => (
    <Link
      className="task-link"
      to={`/tasks/${encodeURIComponent(r.task.id)}${shared}`}
      data-testid={`task-link-${r.task.id}`}
    >
      {nameIn(r.task, lang)}
    </Link>
  ),
});

const fnColumn = ({ t, tc }: ColumnContext): Column<TaskRow> => ({
  key: 'fn',
  width: '5.5rem',
  header: t('col.fn'),
  csv: (r) => r.task.functions.join('/'),
  hideOnPhone: true,
  render: (r) => (
    <span className="fn-tags">
      {r.task.functions.map((f) => (
        <span key={f} className={`fn-tag fn-${f}`} title={tc(`fn.${f}`)}>
          {f}
          <span className="sr-only">{tc(`fn.${f}`)}</span>
        </span>
      ))}
    </span>
  ),
});

const leadColumn = ({ t, lang }: ColumnContext): Column<TaskRow> => ({
  key: 'lead',
  width: '10rem',
  header: t('col.lead'),
  sortValue: TASK_SORT_VALUES.lead,
  csv: (r) => {
    const lead = shortNameIn(r.lead ?? undefined, lang, r.task.leadUnitId);
    return r.coUnits.length ? t('leadCsv', { lead, list: unitList(r.coUnits, lang) }) : lead;
  },
  render: (r) => (
    <span
      className="lead-cell"
      title={[
        r.lead ? nameIn(r.lead, lang) : r.task.leadUnitId,
        ...r.coUnits.map((u) => nameIn(u, lang)),
      ].join('\n')}
    >
      <strong>{shortNameIn(r.lead ?? undefined, lang, r.task.leadUnitId)}</strong>
      {r.coUnits.length ? (
        <span className="co-units cell-secondary">
          {t('coUnitsLine', { list: unitList(r.coUnits, lang) })}
        </span>
      ) : null}
    </span>
  ),
});

const progressColumn = ({ t }: ColumnContext): Column<TaskRow> => ({
  key: 'progress',
  width: '7rem',
  header: t('col.progress'),
  align: 'end',
  sortValue: TASK_SORT_VALUES.progress,
  csv: (r) => formatPercent(r.a.progress),
  render: (r) => (
    <span className="progress-cell">
      <span className="num" data-testid="row-progress">
        {formatPercent(r.a.progress)}
      </span>
      <span className="meter" aria-hidden="true">
        <span
          className={`meter-fill status-fill-${r.a.status}`}
          style={{ width: `${Math.round(r.a.progress * 100)}%` }}
        />
        <span className="meter-mark" style={{ left: `${Math.round(r.a.timeProgress * 100)}%` }} />
      </span>
    </span>
  ),
});

const timeProgressColumn = ({ t }: ColumnContext): Column<TaskRow> => ({
  key: 'timeProgress',
  width: '6.5rem',
  header: t('col.timeProgress'),
  align: 'end',
  hideOnPhone: true,
  sortValue: TASK_SORT_VALUES.timeProgress,
  csv: (r) => formatPercent(r.a.timeProgress),
  render: (r) => <span className="num time-text">{formatPercent(r.a.timeProgress)}</span>,
});

const gapColumn = ({ t, thresholds }: ColumnContext): Column<TaskRow> => ({
  key: 'gap',
  width: '5rem',
  hideOnPhone: true,
  header: t('col.gap'),
  align: 'end',
  sortValue: TASK_SORT_VALUES.gap,
  csv: (r) => Math.round(r.a.gap * 100),
  render: (r) => (
    <span
      className={`num gap-cell ${gapBand(r.a.gap, thresholds)}`}
      title={t('gapPoints', { points: formatPoints(r.a.gap) })}
    >
      {formatPoints(r.a.gap)}
    </span>
  ),
});

const statusColumn = ({ t, tc, lang }: ColumnContext): Column<TaskRow> => ({
  key: 'status',
  width: '7.5rem',
  header: t('col.status'),
  sortValue: TASK_SORT_VALUES.status,
  csv: (r) => {
    const label = tc(`status.${r.a.status}`);
    const basis = statusBasisText(r.a, tc);
    if (!basis) return label;
    return lang === 'zh' ? `${label}（${basis}）` : `${label} (${basis})`;
  },
  render: (r) => (
    <span
      className="status-cell"
      title={r.a.manual ? t('manual.title', { reason: manualText(r.a.manual, lang) }) : undefined}
      data-testid="row-status"
      data-status={r.a.status}
    >
      <StatusBadge status={r.a.status} manual={Boolean(r.a.manual)} />
      <StatusBasis a={r.a} />
    </span>
  ),
});

const nextColumn = ({ t, lang }: ColumnContext): Column<TaskRow> => ({
  key: 'next',
  width: '14rem',
  hideOnPhone: true,
  header: t('col.next'),
  sortValue: TASK_SORT_VALUES.next,
  csv: (r) =>
    r.a.nextMilestone
      ? t('nextCsv', { name: nameIn(r.a.nextMilestone, lang), date: r.a.nextMilestone.planned })
      : '',
  render: (r) => (
    <span className="next-cell">
      {r.a.nextMilestone ? (
        <>
          <span>{nameIn(r.a.nextMilestone, lang)}</span>
          <span className="cell-sub num">{formatDate(r.a.nextMilestone.planned, lang)}</span>
        </>
      ) : (
        <span className="cell-sub">—</span>
      )}
      {r.a.missedMilestones.length > 0 ? (
        <span className="cell-sub missed">{t('missedCount', { count: r.a.missedMilestones.length })}</span>
      ) : null}
    </span>
  ),
});

const latestColumn = ({ t, lang }: ColumnContext): Column<TaskRow> => ({
  key: 'latest',
  width: '18rem',
  hideOnPhone: true,
  header: t('col.latest'),
  sortValue: TASK_SORT_VALUES.latest,
  csv: (r) => (r.latestNote ? `${r.latestNote.date} ${noteIn(r.latestNote, lang)}` : ''),
  render: (r) =>
    r.latestNote ? (
      <span className="latest-cell" title={noteIn(r.latestNote, lang)}>
        <span className="latest-text">{noteIn(r.latestNote, lang)}</span>
        <span className="cell-sub num">{formatDate(r.latestNote.date, lang)}</span>
      </span>
    ) : (
      <span className="cell-sub">—</span>
    ),
});

/**
 * The ledger's columns: what each shows, how it sorts (shared with the timeline) and what goes in the CSV. On
 * a phone a card shows the task, its lead unit, progress and status; the rest is on the task's page.
 */
export function useTaskColumns(lang: Lang, shared: string): Column<TaskRow>[] {
  const { t } = useTranslation('tasks');
  const { t: tc } = useTranslation();
  const { thresholds } = useConfig();
  return useMemo<Column<TaskRow>[]>(() => {
    const ctx: ColumnContext = { t, tc, lang, shared, thresholds };
    return [
      aspectColumn(ctx),
      taskColumn(ctx),
      fnColumn(ctx),
      leadColumn(ctx),
      progressColumn(ctx),
      timeProgressColumn(ctx),
      gapColumn(ctx),
      statusColumn(ctx),
      nextColumn(ctx),
      latestColumn(ctx),
    ];
  }, [t, tc, lang, shared, thresholds]);
}
