import { useMemo, type ComponentProps } from 'react';
import { Chart } from '../../components/chart';
import { BsMissing, BsPanel } from './bs-panel';

import type { ChartOption } from '../../lib/echarts';

/**
 * A chart's text that sets no size of its own (a gauge's detail, a label a builder left alone) falls back to
 * the option's `textStyle`, which ECharts starts at 12 px: on the wall that base is the chart-label floor,
 * one rem (16 design px), so nothing a chart draws is under it.
 */
export function withWallText(option: ChartOption, rem: number): ChartOption {
  const own = (option as { textStyle?: Record<string, unknown> }).textStyle;
  return { ...option, textStyle: { ...own, fontSize: rem } } as ChartOption;
}

/** The shared chart on the wall, its base text at the floor. */
export function WallChart({ option, rem, ...rest }: ComponentProps<typeof Chart> & { rem: number }) {
  const sized = useMemo(() => withWallText(option, rem), [option, rem]);
  return <Chart option={sized} {...rest} />;
}

/** A panel that one chart fills; with no option (its data missing) a large "—" and the cause instead. */
export function WallChartPanel({
  title,
  className,
  testId,
  rem,
  option,
  cause,
}: {
  title: string;
  className?: string;
  testId?: string;
  rem: number;
  option: ChartOption | null;
  cause: string;
}) {
  return (
    <BsPanel title={title} className={className} testId={testId}>
      {option ? (
        <WallChart rem={rem} option={option} label={title} height="100%" className="bs-chart-fill" />
      ) : (
        <BsMissing cause={cause} />
      )}
    </BsPanel>
  );
}
