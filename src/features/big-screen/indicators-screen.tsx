import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { WallChartPanel } from './wall-chart';
import { WallMeter } from './wall-meter';
import { StatusBadge } from '../../components/status-badge';
import { StatusBar } from '../../components/status-bar';
import { formatPercent } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { unitLabel } from '../../lib/quantity';
import { wallFigure, wallTarget } from './wall-figure';
import { targetPeriodLabel } from '../../lib/target-period';
import { BsMissing, BsPanel } from './bs-panel';
import { buildBarsOption } from './build-task-bars-option';
import type { ScreenProps } from './screen-props';

/**
 * 指标: every indicator as a card and attainment against time elapsed. The year's targets strip is on the
 * overview: here its four figures would repeat four of the cards.
 */
export function IndicatorsScreen(props: ScreenProps) {
  const { t } = useTranslation('bigScreen');
  const tc = useTranslation().t;
  const { assessment, palette, lang, rem } = props;
  const list = assessment.indicators;

  const bars = useMemo(
    () =>
      buildBarsOption(
        list.map(({ indicator, a }) => ({
          label: nameIn(indicator, lang),
          name: nameIn(indicator, lang),
          value: a.attainment,
          mark: a.attainment === null ? null : a.expectedAttainment,
          status: a.status,
          ...(a.attainment === null
            ? { valueText: tc(`indicatorStatus.${a.noTarget ? 'noTarget' : 'noData'}`) }
            : {}),
        })),
        palette,
        {
          value: t('fnAttainment'),
          mark: t('expected'),
          status: (s) => tc(`indicatorStatus.${s ?? 'noData'}`),
        },
        rem,
        { max: 1.2, labelWidth: 230 },
      ),
    [list, palette, lang, rem, t, tc],
  );

  return (
    <div className="bs-body bs-indicators" data-testid="bs-screen-indicators">
      <BsPanel
        title={t('indicatorsTitle')}
        extra={t('indicatorsCount', { count: list.length })}
        className="bs-area-main"
        testId="bs-indicator-cards"
      >
        {assessment.indicatorsOverall ? (
          <div className="bs-ind-head">
            <StatusBar
              counts={assessment.indicatorsOverall.counts}
              kind="indicator"
              noData={assessment.indicatorsOverall.noData}
            />
          </div>
        ) : (
          <BsMissing cause={props.causes.indicators} />
        )}
        <ol className="bs-ind-grid">
          {list.map(({ indicator, a }) => {
            const unit = unitLabel(indicator, lang);
            const milestone = indicator.kind === 'milestone';
            return (
              <li key={indicator.id} className="bs-card bs-ind" data-testid={`bs-ind-${indicator.id}`}>
                <div className="bs-ind-name">{nameIn(indicator, lang)}</div>
                <div className="bs-ind-figure">
                  {milestone ? (
                    <span className="bs-ind-actual bs-ind-milestone">
                      {a.actual === 1 ? `✓ ${t('milestoneDone')}` : t('milestoneOpen')}
                    </span>
                  ) : (
                    <>
                      <span className="bs-ind-actual num">{wallFigure(a.actual, indicator, lang)}</span>
                      <span className="bs-muted">
                        {a.target ? wallTarget(a.target.value, indicator, lang) : ` ${unit}`}
                      </span>
                    </>
                  )}
                </div>
                <WallMeter value={a.attainment} mark={a.expectedAttainment} status={a.status} />
                <div className="bs-ind-foot">
                  <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />
                  <span className="num">{formatPercent(a.attainment)}</span>
                  <span className="bs-muted">{a.target ? targetPeriodLabel(a.target, lang) : ''}</span>
                </div>
              </li>
            );
          })}
        </ol>
      </BsPanel>
      <WallChartPanel
        title={t('indicatorChart')}
        className="bs-area-right"
        testId="bs-indicator-bars"
        rem={rem}
        option={assessment.indicatorsOverall ? bars : null}
        cause={props.causes.indicators}
      />
    </div>
  );
}
