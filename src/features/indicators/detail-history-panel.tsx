import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { useElementWidth } from '../../components/use-element-width';
import type { IndicatorAssessment } from '../../domain/metrics';
import type { Indicator } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import type { Palette } from '../../lib/palette';
import { useRem } from '../../lib/use-rem';
import { buildIndicatorHistoryOption } from './build-indicator-history-option';
import { formatIndicatorValue, targetPeriodLabel } from './format-indicator';
import { historySeries } from './history-series';
import { useIndicatorWords } from './use-indicator-words';
import './messages';

interface Props {
  ind: Indicator;
  a: IndicatorAssessment;
  date: string;
  palette: Palette;
  lang: Lang;
}

/** Reported values against the targets and their trajectory, with the projection to the period's end. */
export function DetailHistoryPanel({ ind, a, date, palette, lang }: Props) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const rem = useRem();
  const words = useIndicatorWords();
  const name = nameIn(ind, lang);
  const history = useMemo(() => historySeries(ind, a, date), [ind, a, date]);
  const [chartRef, chartWidth] = useElementWidth<HTMLDivElement>();
  const option = useMemo(
    () =>
      buildIndicatorHistoryOption(
        history,
        palette,
        {
          actual: t('series.actual'),
          trajectory: t('series.trajectory'),
          target: t('series.target'),
          projection: t('series.projection'),
        },
        {
          lang,
          format: (v) => formatIndicatorValue(v, ind, lang, words),
          periodOf: (start, end) => targetPeriodLabel({ period: { start, end }, value: 0 }, lang),
          milestone: ind.kind === 'milestone',
          scale: ind.kind === 'percentage' || ind.kind === 'stock',
          rem,
          width: chartWidth,
        },
      ),
    [history, palette, t, lang, ind, words, rem, chartWidth],
  );
  return (
    <Panel title={t('detail.history')} testId="indicator-history">
      {history.actuals.length === 0 && history.targets.length === 0 ? (
        <p className="panel-state">{tc('state.empty')}</p>
      ) : (
        <div ref={chartRef}>
          <Chart
            option={option}
            label={t('detail.historyLabel', { name })}
            height="min(26rem, 55vh)"
            downloadName={`${name}-${date}`}
          />
        </div>
      )}
    </Panel>
  );
}
