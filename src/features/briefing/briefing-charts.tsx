import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Unavailable } from '../../components/resource-cause';
import { Chart } from '../../components/chart';
import type { ChartOption } from '../../lib/echarts';
import { monthEnds, overallProgressSeries, type PlanAssessment, type PlanData } from '../../domain/metrics';
import type { FunctionCode } from '../../domain/codes';
import type { Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import type { Palette } from '../../lib/palette';
import { buildProgressTrendOption } from '../../lib/charts/build-progress-trend-option';
import { buildProgressBarsOption } from './build-briefing-charts';
import { useIsPhone } from '../../lib/use-media';

interface Props {
  assessment: PlanAssessment;
  data: PlanData;
  palette: Palette;
  lang: Lang;
  /** Font multiplier: 1 on paper, larger on slides. */
  scale?: number;
  /** A phone's width: shorter bar labels and fewer ticks, so the bars keep their length. */
  narrow?: boolean;
}

/** Bar labels' width in px: paper and slides fit the whole name; a phone keeps most of its width for the bars. */
const labelWidth = (wide: number, narrow: boolean) => (narrow ? 110 : wide);

export function useFunctionBars({ assessment, data, palette, lang, scale = 1, narrow = false }: Props) {
  const { t } = useTranslation('briefing');
  return useMemo(() => {
    const fns = (assessment.byFunction ?? []).map((r) => {
      const fn = data.plan.functions.find((f) => f.code === r.key);
      return {
        label: `${r.key} ${fn ? nameIn(fn, lang) : r.key}`,
        value: r.meanProgress,
        mark: r.meanTimeProgress,
        status: null,
        color: palette.fn[r.key as FunctionCode],
      };
    });
    const aspects = (assessment.byAspect ?? []).map((r) => {
      const aspect = data.plan.aspects.find((a) => a.id === r.key);
      return {
        label: aspect ? `${aspect.order}. ${nameIn(aspect, lang)}` : r.key,
        value: r.meanProgress,
        mark: r.meanTimeProgress,
        status: null,
        color: palette.accent,
      };
    });
    return buildProgressBarsOption(
      [...fns, ...aspects],
      palette,
      { value: t('completion'), mark: t('timeProgress') },
      { scale, labelWidth: labelWidth(200, narrow), narrow },
    );
  }, [assessment, data.plan, palette, lang, scale, narrow, t]);
}

export function useIndicatorBars({ assessment, palette, lang, scale = 1, narrow = false }: Props) {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  return useMemo(
    () =>
      buildProgressBarsOption(
        assessment.indicators.map(({ indicator, a }) => ({
          label: nameIn(indicator, lang),
          value: a.attainment,
          mark: a.attainment === null ? null : a.expectedAttainment,
          status: a.status,
          missingText: tc(`indicatorStatus.${a.noTarget ? 'noTarget' : 'noData'}`),
        })),
        palette,
        { value: t('attainment'), mark: t('expected') },
        { max: 1.2, scale, labelWidth: labelWidth(300, narrow), narrow },
      ),
    [assessment, palette, lang, scale, narrow, t, tc],
  );
}

export function useTrend({ assessment, data, palette, lang, scale = 1 }: Props) {
  const { t } = useTranslation('briefing');
  return useMemo(() => {
    const points = overallProgressSeries(
      assessment.tasks.map((x) => x.task),
      monthEnds(data.plan.period.start, assessment.asOf),
    );
    return buildProgressTrendOption(
      points,
      palette,
      lang,
      { completion: t('completion'), timeProgress: t('timeProgress') },
      { rem: 16 * scale, animation: false },
    );
  }, [assessment, data.plan.period.start, palette, lang, scale, t]);
}

interface BriefChartProps {
  title: string;
  option: ChartOption;
  /** Paper height, fixed so print never cuts the chart. */
  height: string;
  date: string;
  /** The cause that stands in the chart's place when its resource never arrived; its bars would read 0%. */
  missingCause: string | null;
  wide?: boolean;
}

/** One chart of the pack under its caption, or the cause of its absence; the PNG is named for it and the date. */
function BriefChart({ title, option, height, date, missingCause, wide }: BriefChartProps) {
  return (
    <figure className={wide ? 'brief-chart wide' : 'brief-chart'}>
      <figcaption>{title}</figcaption>
      {missingCause !== null ? (
        <Unavailable cause={missingCause} />
      ) : (
        <Chart option={option} label={title} height={height} downloadName={`${title}-${date}`} />
      )}
    </figure>
  );
}

/** The pack's key charts at fixed paper sizes, so print never cuts them. */
export function BriefingCharts(shown: Props) {
  const narrow = useIsPhone();
  const props = { ...shown, narrow };
  const { t } = useTranslation('briefing');
  const fnBars = useFunctionBars(props);
  const trend = useTrend(props);
  const indBars = useIndicatorBars(props);
  const date = props.assessment.asOf;
  const tc = useTranslation().t;
  const cause = (r: 'tasks' | 'indicators') =>
    tc('health.causeMissing', { resource: tc(`health.resource.${r}`) });
  const tasksCause = props.assessment.overall === null ? cause('tasks') : null;
  const indicatorsCause = props.assessment.indicatorsOverall === null ? cause('indicators') : null;
  const charts = [
    { title: t('chartFunctions'), option: fnBars, height: '60mm', missingCause: tasksCause },
    { title: t('chartTrend'), option: trend, height: '60mm', missingCause: tasksCause },
    {
      title: t('chartIndicators'),
      option: indBars,
      height: '80mm',
      missingCause: indicatorsCause,
      wide: true,
    },
  ];
  return (
    <div className="brief-charts">
      {charts.map((c) => (
        <BriefChart key={c.title} {...c} date={date} />
      ))}
    </div>
  );
}
