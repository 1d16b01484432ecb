import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBadge } from '../../components/status-badge';
import { Unavailable } from '../../components/resource-cause';
import { LatestNote } from '../../components/latest-note';
import type { PlanAssessment } from '../../domain/metrics';
import type { Unit } from '../../domain/schemas';
import { formatPercent, type Lang } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { selectBehind } from './select-behind';

interface Props {
  assessment: PlanAssessment;
  units: Unit[];
  lang: Lang;
  /** Set when the task figures are missing: the list would otherwise read "nothing behind". */
  missingCause: string | null;
}

/** The six tasks most in need of attention, each with its lead unit and latest progress note. */
export function BehindPanel({ assessment, units, lang, missingCause }: Props) {
  const { t } = useTranslation();
  const unitById = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const behind = selectBehind(assessment.tasks, 6);
  return (
    <Panel title={t('overview.behind')} testId="behind">
      {missingCause !== null ? (
        <Unavailable cause={missingCause} />
      ) : behind.length === 0 ? (
        <p className="panel-state">{t('overview.noneBehind')}</p>
      ) : (
        <ol className="behind-list">
          {behind.map(({ task, a }) => (
            <li key={task.id} data-testid="behind-task">
              <div className="behind-head">
                <StatusBadge status={a.status} manual={Boolean(a.manual)} />
                <span className="behind-name">{nameIn(task, lang)}</span>
              </div>
              <div className="behind-facts">
                <span>
                  {t('overview.lead')}:{' '}
                  <strong>{shortNameIn(unitById.get(task.leadUnitId), lang, task.leadUnitId)}</strong>
                </span>
                <span className="num">
                  {formatPercent(a.progress)} / {formatPercent(a.timeProgress)}
                </span>
              </div>
              <LatestNote point={a.latestNote} lang={lang} className="behind-note" />
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
