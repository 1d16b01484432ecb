import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { formatPercent } from '../../lib/format';
import { useConfig } from '../../data/config-context';
import { gapBand } from '../../domain/metrics';
import { gapArrow, rankingPageAt, rankingPages, rankingRows } from './select-screen-data';
import { BsMissing } from './bs-panel';
import type { ScreenProps } from './screen-props';

/** How long each page of a ranking longer than the panel stays up on an unattended wall. */
const PAGE_DWELL_MS = 8000;

/**
 * Lead units by how far their tasks run ahead of time elapsed; ties share a rank. Every unit is shown:
 * rows shrink to fit up to `perPage`, and a longer list pages through itself on the wall's own clock.
 */
export function RankingBoard({
  assessment,
  unitName,
  causes,
  perPage = 8,
}: ScreenProps & { perPage?: number }) {
  const { t } = useTranslation('bigScreen');
  const { thresholds } = useConfig();
  const [now, setNow] = useState(() => Date.now());
  const pages = rankingPages(
    assessment.ranking === null ? [] : rankingRows(assessment.ranking, unitName),
    perPage,
  );
  const paging = pages.length > 1;
  useEffect(() => {
    if (!paging) return;
    const id = setInterval(() => setNow(Date.now()), PAGE_DWELL_MS / 4);
    return () => clearInterval(id);
  }, [paging]);
  if (assessment.ranking === null) return <BsMissing cause={causes.tasks} />;
  const page = rankingPageAt(pages.length, now, PAGE_DWELL_MS);
  const rows = pages[page] ?? [];
  const compact = Math.max(...pages.map((p) => p.length)) > 6;
  return (
    <>
      <ol className={`stack-list bs-rank${compact ? ' bs-rank-compact' : ''}`} data-testid="bs-ranking">
        {rows.map((r) => {
          const arrow = gapArrow(r.score);
          return (
            <li
              key={r.unitId}
              className={`bs-rank-row rank-${Math.min(r.rank, 4)}`}
              data-testid="bs-rank-row"
            >
              <span className="bs-rank-no num">{r.rank}</span>
              <span className="bs-rank-name">{r.name}</span>
              <span className="bs-rank-tasks bs-muted">{t('rankingTasks', { count: r.tasks })}</span>
              <span className="bs-rank-progress num">{formatPercent(r.meanProgress)}</span>
              <span
                className={`bs-rank-gap ${gapBand(Math.round(r.score * 100) / 100, thresholds)} num`}
                title={t('rankingHint')}
              >
                {t(arrow.key, { points: arrow.points })}
              </span>
            </li>
          );
        })}
      </ol>
      {paging ? (
        <p className="bs-rank-page bs-muted" data-testid="bs-ranking-page">
          {t('rankingPage', { page: page + 1, pages: pages.length, total: pages.flat().length })}
        </p>
      ) : null}
    </>
  );
}
