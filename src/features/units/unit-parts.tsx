import { useCallback } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { StatusBadge } from '../../components/status-badge';
import { gapBand, type AssessedTask, type StatusThresholds } from '../../domain/metrics';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { useSharedSearch } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import './messages';
import { moveText, type RankMove } from './select-units';

/** The watch band as everywhere else: a score inside it is not drawn in the lagging colour. */
const SCORE_CLASS = { ahead: 'gap-pos', watch: 'gap-watch', behind: 'gap-neg' } as const;
export const scoreClass = (score: number, t: StatusThresholds) =>
  SCORE_CLASS[gapBand(Math.round(score * 100) / 100, t)];

/** A change of rank in words ("上升 2 位"), for tooltips and screen readers. */
export function useMoveWords() {
  const { t } = useTranslation('units');
  return useCallback(
    (move: RankMove): string =>
      move.kind === 'up' || move.kind === 'down'
        ? t(`change.${move.kind}`, { n: move.by })
        : t(`change.${move.kind}`),
    [t],
  );
}

export function RankMoveTag({ move }: { move: RankMove }) {
  const { t } = useTranslation('units');
  const words = useMoveWords()(move);
  return (
    <span className={`rank-move move-${move.kind}`} title={words} data-testid="rank-move">
      <span aria-hidden="true">{moveText(move, t('newShort'), t('rankWord'))}</span>
      <span className="sr-only">{words}</span>
    </span>
  );
}

export function Meter({ progress, time }: { progress: number; time: number }) {
  return (
    <div className="meter" aria-hidden="true">
      <span className="meter-fill" style={{ width: `${Math.round(Math.min(1, progress) * 100)}%` }} />
      <span className="meter-mark" style={{ left: `${Math.round(Math.min(1, time) * 100)}%` }} />
    </div>
  );
}

export function TaskList({ tasks, testId }: { tasks: AssessedTask[]; testId: string }) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const search = useSharedSearch();
  if (tasks.length === 0) return <p className="units-none">{t('noTasks')}</p>;
  return (
    <ul className="stack-list unit-task-list" data-testid={testId}>
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

/** A titled list of a unit's tasks, with how many there are next to the title. */
export function TaskSection({
  title,
  tasks,
  testId,
}: {
  title: string;
  tasks: AssessedTask[];
  testId: string;
}) {
  return (
    <section>
      <h3>
        {title} <span className="num muted">{tasks.length}</span>
      </h3>
      <TaskList tasks={tasks} testId={testId} />
    </section>
  );
}
