import { useTranslation } from '../../lib/i18n';
import { KpiFigure } from '../../components/kpi-figure';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import { formatDate } from '../../lib/format';
import { useLang } from '../../stores/ui-store';
import type { ProgrammeSummary } from './select-programme';
import './messages';

interface Props {
  summary: ProgrammeSummary;
  /** How many items are judged by their indicators at the programme year's end. */
  atYearEnd: number;
  year: number;
  evalDate: string;
}

/** Items, done (on time, late, otherwise) and behind. */
export function ProgrammeKpis({ summary, atYearEnd, year, evalDate }: Props) {
  const lang = useLang();
  const { t } = useTranslation('programme');
  return (
    <div className="programme-kpis">
      <Panel title={t('kpi.items')} testId="kpi-items">
        <KpiFigure value={summary.items} testId="item-count" />
        <StatusBar counts={summary.counts} noData={summary.noData} />
      </Panel>
      <Panel title={t('kpi.done')} testId="kpi-done">
        <KpiFigure value={summary.done} testId="done-count" className="status-text-done" />
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
        <KpiFigure
          value={summary.behind}
          testId="behind-count"
          className={summary.behind > 0 ? 'status-text-lagging' : undefined}
        />
        <p className="kpi-foot">
          {t('byIndicatorsFoot', { count: atYearEnd, year, date: formatDate(evalDate, lang) })}
        </p>
      </Panel>
    </div>
  );
}
