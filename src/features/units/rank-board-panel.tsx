import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import { formatDate, formatPoints } from '../../lib/format';
import { useLang } from '../../stores/ui-store';
import { movers, type UnitRow } from './select-units';
import { RankMoveTag, scoreClass } from './unit-parts';
import type { UnitsView } from './use-units-view';

/** Each unit's rank now and at the compare date, with a one-line count of who moved. */
export function RankBoardPanel({ view }: { view: UnitsView }) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const { comparison, shown } = view;
  const compareDate = comparison.compareAsOf ? formatDate(comparison.compareAsOf, lang) : '—';
  return (
    <Panel title={t('changes')} testId="rank-changes">
      <p className="units-hint" data-testid="compare-date">
        {t('changesSince', { date: compareDate })}
      </p>
      {!comparison.before ? (
        <p className="panel-state">{t('changesPending')}</p>
      ) : shown.length === 0 ? (
        <p className="panel-state">{t('empty')}</p>
      ) : (
        <RankBoard view={view} />
      )}
    </Panel>
  );
}

function RankBoard({ view }: { view: UnitsView }) {
  const { t } = useTranslation('units');
  const { thresholds } = useConfig();
  const { shown, selectedId, setUnit, unitName } = view;
  const moved = movers(shown);
  const wasRank = (r: UnitRow) =>
    r.move.kind === 'up' || r.move.kind === 'down'
      ? t('wasRank', { rank: r.move.from })
      : r.move.kind === 'same'
        ? t('wasRank', { rank: r.rank })
        : '';
  return (
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
            <button type="button" className="link-button board-name" onClick={() => setUnit(r.unitId)}>
              {unitName(r.unitId)}
            </button>
            <span className={`num board-score ${scoreClass(r.score, thresholds)}`}>
              {formatPoints(r.score)}
            </span>
            <RankMoveTag move={r.move} />
            <span className="muted board-prev">{wasRank(r)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
