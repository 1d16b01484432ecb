import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { StatusBar } from '../../components/status-bar';
import { useConfig } from '../../data/config-context';
import { formatPercent, formatPoints } from '../../lib/format';
import type { UnitRow } from './select-units';
import { Meter, RankMoveTag, scoreClass, TaskList } from './unit-parts';
import type { UnitsView } from './use-units-view';

/** A card per lead unit: its figures, a meter, its tasks by status and the tasks themselves. */
export function UnitCardsPanel({ view }: { view: UnitsView }) {
  const { t } = useTranslation('units');
  const { shown } = view;
  return (
    <Panel title={t('cards')} testId="unit-cards">
      {shown.length === 0 ? (
        <p className="panel-state">{t('empty')}</p>
      ) : (
        <div className="unit-grid">
          {shown.map((r) => (
            <UnitCard key={r.unitId} r={r} view={view} />
          ))}
        </div>
      )}
    </Panel>
  );
}

function UnitCard({ r, view }: { r: UnitRow; view: UnitsView }) {
  const { t } = useTranslation('units');
  const { thresholds } = useConfig();
  const { selectedId, setUnit, unitName } = view;
  return (
    <article
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
  );
}
