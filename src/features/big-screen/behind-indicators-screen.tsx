import { useTranslation } from '../../lib/i18n';
import { StatusBadge } from '../../components/status-badge';
import { formatPercent } from '../../lib/format';
import { formatQuantity } from '../../lib/quantity';
import { nameIn } from '../../lib/names';
import { BsMissing, BsPanel } from './bs-panel';
import type { ScreenProps } from './screen-props';
import { WallMeter } from './wall-meter';
import { selectFurthestBehind } from './select-wall-lists';
import './wall-screens-messages';
import './wall-screens.css';

/** Two rows of four cards: as many as a hall can read at once. */
const LIMIT = 8;

/**
 * 落后指标: the indicators furthest below the level expected by now, each with its gap in points as the
 * headline, its figures and a bar of attainment against the expected mark.
 */
export function BehindIndicatorsScreen({ assessment, lang, causes }: ScreenProps) {
  const { t } = useTranslation('wallScreens');
  const { rows, unjudged } = selectFurthestBehind(assessment.indicators, LIMIT);
  const missing = assessment.indicatorsOverall === null;
  return (
    <div className="bs-body bs-wall-one" data-testid="bs-screen-behind">
      <BsPanel title={t('behindTitle')} extra={missing ? null : t('behindNote')} testId="bs-behind">
        {missing ? (
          <BsMissing cause={causes.indicators} />
        ) : (
          <div className="bs-behind">
            {rows.length === 0 ? <p className="bs-behind-none">{t('behindNone')}</p> : null}
            <ol className={`bs-behind-grid${rows.length <= 4 ? ' few' : ''}`}>
              {rows.map(({ indicator, a, points }, i) => {
                const n = (v: number | null | undefined) => formatQuantity(v, indicator, lang);
                return (
                  <li key={indicator.id} className="bs-card bs-behind-card" data-testid="bs-behind-card">
                    <div className="bs-behind-head">
                      <span className="bs-behind-rank num">{i + 1}</span>
                      <span className="bs-behind-name">{nameIn(indicator, lang)}</span>
                    </div>
                    <div className="bs-behind-figure">
                      <span className="bs-behind-points num">−{Math.abs(points)}</span>
                      <span className="bs-behind-unit">{t('pointsUnit')}</span>
                      <span className="bs-behind-label bs-muted">{t('behindGap')}</span>
                    </div>
                    <WallMeter value={a.attainment} mark={a.expectedAttainment} status={a.status} />
                    <div className="bs-behind-foot">
                      <StatusBadge status={a.status} kind="indicator" />
                      <span className="num">
                        {t('attainment')} {formatPercent(a.attainment)} / {t('expectedAttainment')}{' '}
                        {formatPercent(a.expectedAttainment)}
                      </span>
                    </div>
                    <div className="bs-behind-values bs-muted num">
                      {t('behindActual', {
                        actual: n(a.actual),
                        expected: n(a.expected),
                        target: n(a.target?.value),
                      })}
                    </div>
                  </li>
                );
              })}
            </ol>
            {unjudged > 0 ? (
              <p className="bs-behind-unjudged bs-muted" data-testid="bs-behind-unjudged">
                {t('behindUnjudged', { count: unjudged })}
              </p>
            ) : null}
          </div>
        )}
      </BsPanel>
    </div>
  );
}
