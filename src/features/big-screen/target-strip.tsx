import { useTranslation } from '../../lib/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { formatQuantity } from '../../lib/quantity';
import { wallFigure } from './wall-figure';
import { selectYearTargets, stripYear } from './select-screen-data';
import type { ScreenProps } from './screen-props';

/**
 * The headline targets of the as-of date's year (2021: 小巨人 40, 上市 6, 高企 2100, 载体 15万㎡ in use) as
 * bullet bars: the fill is attainment, the tick is where time says it should be. The same year and date
 * as the cards, so the two never disagree; a missing figure draws no bar, never a 0% one.
 */
export function TargetStrip({ assessment, data, lang, targetIds, thresholds }: ScreenProps) {
  const { t } = useTranslation('bigScreen');
  const year = stripYear(assessment.asOf);
  const targets = selectYearTargets(data.indicators, year, assessment.asOf, targetIds, 4, thresholds);
  if (targets.length === 0) return null;
  const evaluatedAt = targets[0]?.evaluatedAt ?? assessment.asOf;
  return (
    <section className="bs-strip" data-testid="bs-targets" aria-label={t('targets', { year })}>
      <h2 className="bs-strip-title">
        {t('targets', { year })}
        <span className="bs-strip-date">{formatDate(evaluatedAt, lang)}</span>
      </h2>
      <ol className="bs-strip-list">
        {targets.map(({ indicator, a }) => {
          const fill = a.attainment === null ? null : Math.max(0, Math.min(1, a.attainment));
          const mark = Math.max(0, Math.min(1, a.expectedAttainment ?? a.timeProgress));
          return (
            <li key={indicator.id} className="bs-bullet" data-testid={`bs-target-${indicator.id}`}>
              <div className="bs-bullet-head">
                <span className="bs-bullet-name">{nameIn(indicator, lang)}</span>
                <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />
              </div>
              <div className="bs-bullet-figures">
                <span className="bs-bullet-actual num" data-testid="bs-target-actual">
                  {wallFigure(a.actual, indicator, lang)}
                </span>
                <span className="bs-muted">
                  {' / '}
                  {formatQuantity(a.target?.value ?? null, indicator, lang)}
                </span>
                <span className="bs-bullet-pct num" data-testid="bs-target-attainment">
                  {formatPercent(a.attainment)}
                </span>
              </div>
              <div className="bs-bullet-bar" aria-hidden="true">
                {fill === null ? null : (
                  <span
                    className={`bs-bullet-fill status-${a.status ?? 'noData'}`}
                    style={{ width: `${fill * 100}%` }}
                  />
                )}
                <span className="meter-mark bs-bullet-mark" style={{ left: `${mark * 100}%` }} />
              </div>
              <div className="bs-bullet-foot bs-muted">
                {t('expectedMark', { value: formatPercent(a.timeProgress) })}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
