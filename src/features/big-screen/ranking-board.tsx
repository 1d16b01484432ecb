import { useTranslation } from '../../lib/i18n';
import { formatPercent, formatPoints } from '../../lib/format';
import { useConfig } from '../../data/config-context';
import { gapBand } from '../../domain/metrics';
import { rankingRows } from './select-screen-data';
import { BsMissing } from './bs-panel';
import type { ScreenProps } from './screen-props';

/** Lead units by how far their tasks run ahead of time elapsed; ties share a rank. */
export function RankingBoard({ assessment, unitName, causes, limit = 8 }: ScreenProps & { limit?: number }) {
  const { t } = useTranslation('bigScreen');
  const { thresholds } = useConfig();
  if (assessment.ranking === null) return <BsMissing cause={causes.tasks} />;
  const rows = rankingRows(assessment.ranking, unitName, limit);
  return (
    <ol className="bs-rank" data-testid="bs-ranking">
      {rows.map((r) => {
        const ahead = Math.round(r.score * 100) >= 0;
        return (
          <li key={r.unitId} className={`bs-rank-row rank-${Math.min(r.rank, 4)}`} data-testid="bs-rank-row">
            <span className="bs-rank-no num">{r.rank}</span>
            <span className="bs-rank-name">{r.name}</span>
            <span className="bs-rank-tasks bs-muted">{t('rankingTasks', { count: r.tasks })}</span>
            <span className="bs-rank-progress num">{formatPercent(r.meanProgress)}</span>
            <span
              className={`bs-rank-gap ${gapBand(Math.round(r.score * 100) / 100, thresholds)} num`}
              title={t('rankingHint')}
            >
              {ahead ? '▲' : '▼'} {formatPoints(r.score)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
