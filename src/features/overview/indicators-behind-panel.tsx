import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { Panel } from '../../components/panel';
import { Unavailable } from '../../components/resource-cause';
import { StatusBadge } from '../../components/status-badge';
import type { AssessedIndicator } from '../../domain/metrics';
import { formatPercent, type Lang } from '../../lib/format';
import { formatQuantityPair } from '../../lib/quantity';
import { targetPeriodLabel } from '../../lib/target-period';
import { nameIn } from '../../lib/names';
import { useSharedSearch } from '../../lib/url-state';
import { selectIndicatorsBehind } from './select-indicators-behind';

/** "Which targets will we miss this year". */
export function IndicatorsBehindPanel({
  indicators,
  lang,
  missingCause = null,
}: {
  indicators: AssessedIndicator[];
  lang: Lang;
  /** Set when the indicators never arrived: "none behind" would be made of missing data. */
  missingCause?: string | null;
}) {
  const { t } = useTranslation();
  const search = useSharedSearch();
  const rows = selectIndicatorsBehind(indicators, 5);
  return (
    <Panel title={t('overview.indicatorsBehind')} testId="indicators-behind">
      {missingCause ? (
        <Unavailable cause={missingCause} />
      ) : rows.length === 0 ? (
        <p className="panel-state">{t('overview.noIndicatorsBehind')}</p>
      ) : (
        <ol className="behind-list">
          {rows.map(({ indicator, a }) => {
            return (
              <li key={indicator.id} data-testid="indicator-behind">
                <div className="behind-head">
                  <StatusBadge status={a.status} kind="indicator" />
                  <Link className="link behind-name" to={{ pathname: `/indicators/${indicator.id}`, search }}>
                    {nameIn(indicator, lang)}
                  </Link>
                </div>
                <div className="behind-facts">
                  <span className="num">
                    {formatQuantityPair(a.actual, a.target?.value, indicator, lang)}
                    {a.target ? ` (${targetPeriodLabel(a.target, lang)})` : ''}
                  </span>
                  <span className="num">
                    {formatPercent(a.attainment)} · {t('overview.expectedNow')}{' '}
                    {formatPercent(a.expectedAttainment)}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Panel>
  );
}
