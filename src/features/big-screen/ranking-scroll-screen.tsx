import { useTranslation } from '../../lib/i18n';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { gapBand } from '../../domain/metrics';
import type { ScrollRow } from './auto-scroll';
import { WallBoard } from './wall-board';
import { gapArrow } from './select-screen-data';
import type { ScreenProps } from './screen-props';
import './wall-screens-messages';
import './wall-screens.css';

/**
 * 排名: every lead unit on one board, full names, the board scrolling by itself when the units outnumber
 * the rows a hall can read. The same ranking as the overview's panel and /units (assessment.ranking).
 */
export function RankingScrollScreen({ assessment, data, lang, rem, thresholds, causes }: ScreenProps) {
  const { t } = useTranslation('wallScreens');
  const ranking = assessment.ranking;
  const units = new Map(data.units.map((u) => [u.id, u]));
  const rows: ScrollRow[] = (ranking ?? []).map((r) => {
    const arrow = gapArrow(r.score);
    const unit = units.get(r.unitId);
    const sign = arrow.key === 'rankingGapAhead' ? '▲ +' : arrow.key === 'rankingGapBehind' ? '▼ −' : '';
    return {
      key: r.unitId,
      node: (
        <div className={`bs-board-row rank-${Math.min(r.rank, 4)}`}>
          <span className="bs-board-rank num">{r.rank}</span>
          <span className="bs-board-name">{unit ? nameIn(unit, lang) : r.unitId}</span>
          <span className="bs-board-cell num">{t('tasksCount', { count: r.tasks })}</span>
          <span className={`bs-board-cell num${r.behind > 0 ? ' is-behind' : ''}`}>{r.behind}</span>
          <span className="bs-board-bar">
            <span className="bs-board-track" aria-hidden="true">
              <span className="bs-board-fill" style={{ width: `${Math.round(r.meanProgress * 100)}%` }} />
            </span>
            <span className="num">{formatPercent(r.meanProgress)}</span>
          </span>
          <span className={`bs-board-gap num ${gapBand(Math.round(r.score * 100) / 100, thresholds)}`}>
            {arrow.points === 0 ? t('level') : t('points', { sign, points: arrow.points })}
          </span>
        </div>
      ),
    };
  });
  return (
    <WallBoard
      testId="bs-screen-ranking"
      title={t('rankingBoard', { count: ranking?.length ?? '—' })}
      extra={t('rankingBoardNote')}
      panelTestId="bs-ranking-board"
      missingCause={ranking === null ? causes.tasks : null}
      rowClass="bs-board-row"
      columns={[
        t('col.rank'),
        t('col.unit'),
        t('col.tasks'),
        t('col.behind'),
        t('col.progress'),
        t('col.gap'),
      ]}
      rows={rows}
      rem={rem}
      scrollTestId="bs-board-scroll"
      rowTestId="bs-board-row"
    />
  );
}
