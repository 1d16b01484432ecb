import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { Panel } from '../../components/panel';
import { Unavailable } from '../../components/resource-cause';
import { StatusBadge } from '../../components/status-badge';
import type { PlanAssessment } from '../../domain/metrics';
import { useComparison } from '../../data/use-comparison';
import type { Task } from '../../domain/schemas';
import { formatDate, formatPoints, type Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { useCompareParam, useSharedSearch } from '../../lib/url-state';
import { selectTaskChanges } from './select-changes';

interface Props {
  /** The report date's metrics once all of its data is in; null before. */
  current: PlanAssessment | null;
  /** Whether the earlier date may be requested yet (see useComparison). */
  ready: boolean;
  tasks: Map<string, Task>;
  lang: Lang;
  /** Set when the report date's tasks never arrived. */
  missingCause?: string | null;
}

/**
 * "What changed since the last joint meeting". The earlier date is loaded here, so its answers arriving
 * one by one re-render this panel, not the whole overview.
 */
export function ChangesPanel({ current, ready, tasks, lang, missingCause = null }: Props) {
  const { t } = useTranslation();
  const search = useSharedSearch();
  const [compareParam] = useCompareParam();
  const { diff, compareAsOf, tasksMissing } = useComparison(current, compareParam, ready);
  const title = t('overview.changes', { date: formatDate(compareAsOf, lang) });
  if (missingCause || tasksMissing) {
    return (
      <Panel title={title} testId="changes">
        <Unavailable
          cause={missingCause ?? t('health.causeMissing', { resource: t('health.resource.tasks') })}
        />
      </Panel>
    );
  }
  if (!diff) {
    return (
      <Panel title={title} testId="changes">
        <p className="panel-state">{t('state.loading')}</p>
      </Panel>
    );
  }
  const rows = selectTaskChanges(diff, 6);
  const s = diff.summary;
  return (
    <Panel title={title} testId="changes">
      <ul className="change-summary">
        <li data-testid="changes-newly-done">
          <strong className="num status-text-done">{s.newlyDone}</strong> {t('overview.newlyDone')}
        </li>
        <li data-testid="changes-newly-behind">
          <strong className="num status-text-lagging">{s.newlyBehind}</strong> {t('overview.newlyBehind')}
        </li>
        <li>
          <strong className="num">{s.improved}</strong> {t('overview.improved')}
        </li>
        <li>
          <strong className="num">{s.worsened}</strong> {t('overview.worsened')}
        </li>
        <li>
          <strong className="num">{s.milestonesAchieved}</strong> {t('overview.milestonesAchieved')}
        </li>
      </ul>
      {rows.length === 0 ? (
        <p className="panel-state">{t('overview.noChanges')}</p>
      ) : (
        <ol className="change-list">
          {rows.map((c) => {
            const task = tasks.get(c.taskId);
            return (
              <li key={c.taskId} data-testid="change-row">
                <Link className="link change-name" to={{ pathname: `/tasks/${c.taskId}`, search }}>
                  {task ? nameIn(task, lang) : c.taskId}
                </Link>
                <span className="change-status">
                  {c.before && c.before !== c.after ? (
                    <>
                      <StatusBadge status={c.before} compact /> <span aria-hidden="true">→</span>{' '}
                    </>
                  ) : null}
                  <StatusBadge status={c.after} />
                </span>
                <span className="num change-delta">
                  {c.progressDelta === null ? '—' : formatPoints(c.progressDelta)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
