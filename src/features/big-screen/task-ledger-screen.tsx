import { useTranslation } from '../../lib/i18n';
import { StatusBadge } from '../../components/status-badge';
import { LatestNote } from '../../components/latest-note';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { AutoScroll, type ScrollRow } from './auto-scroll';
import { BsMissing, BsPanel } from './bs-panel';
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
    <div className="bs-body bs-wall-one" data-testid="bs-screen-ledger">
      <BsPanel
        title={t('ledger')}
        extra={t('ledgerNote', { count: tasks.length, date: formatDate(assessment.asOf, lang) })}
        testId="bs-ledger"
      >
        {assessment.overall === null ? (
          <BsMissing cause={causes.tasks} />
        ) : (
          <div className="bs-board">
            <div className="bs-ledger-row bs-board-head" aria-hidden="true">
              <span>{t('col.no')}</span>
              <span>
                {t('col.task')} · {t('col.note')}
              </span>
              <span>{t('col.lead')}</span>
              <span>{t('col.completion')}</span>
              <span>{t('col.time')}</span>
              <span>{t('col.status')}</span>
            </div>
            <AutoScroll rows={rows} rem={rem} testId="bs-ledger-scroll" rowTestId="bs-ledger-row" />
          </div>
        )}
      </BsPanel>
    </div>
  );
}
