import { useTranslation } from '../../lib/i18n';
import { StatusBadge } from '../../components/status-badge';
import { LatestNote } from '../../components/latest-note';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import type { ScrollRow } from './auto-scroll';
import { WallBoard } from './wall-board';
import type { ScreenProps } from './screen-props';
import './wall-screens-messages';
import './wall-screens.css';

/**
 * 台账: the fifteen tasks in plan order as a ledger, full names, lead unit, progress against time elapsed,
 * status in word and glyph and the latest note with its date; it scrolls by itself when it outgrows the panel.
 */
export function TaskLedgerScreen({ assessment, lang, rem, unitName, causes }: ScreenProps) {
  const { t } = useTranslation('wallScreens');
  const tasks = [...assessment.tasks].sort((x, y) => x.task.order - y.task.order);
  const rows: ScrollRow[] = tasks.map(({ task, a }) => ({
    key: task.id,
    node: (
      <div className={`bs-ledger-row status-${a.status ?? 'noData'}`}>
        <span className="bs-ledger-no num">{task.order}</span>
        <span className="bs-ledger-task">
          <span className="bs-ledger-name">{nameIn(task, lang)}</span>
          <LatestNote point={a.latestNote} lang={lang} className="bs-ledger-note" />
          {a.latestNote ? null : <span className="bs-ledger-note bs-muted">{t('noNote')}</span>}
        </span>
        <span className="bs-ledger-lead">{unitName(task.leadUnitId)}</span>
        <span className="bs-ledger-pct num">{formatPercent(a.progress)}</span>
        <span className="bs-ledger-pct bs-muted num">{formatPercent(a.timeProgress)}</span>
        <span className="bs-ledger-status">
          <StatusBadge status={a.status} manual={Boolean(a.manual)} />
        </span>
      </div>
    ),
  }));
  return (
    <WallBoard
      testId="bs-screen-ledger"
      title={t('ledger')}
      extra={t('ledgerNote', { count: tasks.length, date: formatDate(assessment.asOf, lang) })}
      panelTestId="bs-ledger"
      missingCause={assessment.overall === null ? causes.tasks : null}
      rowClass="bs-ledger-row"
      columns={[
        t('col.no'),
        <>
          {t('col.task')} · {t('col.note')}
        </>,
        t('col.lead'),
        t('col.completion'),
        t('col.time'),
        t('col.status'),
      ]}
      rows={rows}
      rem={rem}
      scrollTestId="bs-ledger-scroll"
      rowTestId="bs-ledger-row"
    />
  );
}
