// The only module that imports ECharts' core: the core and the canvas renderer. Chart types and
// components are registered on demand (./echarts-parts.ts), so each view loads only what it draws.
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type {
  BarSeriesOption,
  CustomSeriesOption,
  GaugeSeriesOption,
  LineSeriesOption,
  PieSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  DataZoomComponentOption,
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { PART_LOADERS, requiredParts, type PartName } from './echarts-parts';

echarts.use([CanvasRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | CustomSeriesOption
  | GaugeSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | DataZoomComponentOption
  | GraphicComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export type ChartInstance = echarts.ECharts;

/*
 * An ECharts instance takes a copy of the registered layouts and processors when it is created, so a
 * part registered later does not work in an instance made before it (a line would have no points, an
 * axis tooltip no pointer). Each registration therefore gets a generation number, each instance remembers
 * the generation it was made at, and an instance whose option needs a newer part is made again.
 */
let generation = 0;
const partGeneration = new Map<PartName, number>();
const instanceGeneration = new WeakMap<ChartInstance, number>();

export function initChart(el: HTMLElement, devicePixelRatio: number): ChartInstance {
  const chart = echarts.init(el, null, { renderer: 'canvas', devicePixelRatio });
  instanceGeneration.set(chart, generation);
  return chart;
}

/** Whether the instance predates a part the option needs, and must be made again before drawing it. */
export function needsNewInstance(chart: ChartInstance, option: ChartOption): boolean {
  const made = instanceGeneration.get(chart) ?? -1;
  return requiredParts(option).some((p) => (partGeneration.get(p) ?? Infinity) > made);
}

const registered = new Set<PartName>();
const loading = new Map<PartName, Promise<void>>();

function load(part: PartName): Promise<void> {
  let p = loading.get(part);
  if (!p) {
    p = PART_LOADERS[part]().then(({ part: installer }) => {
      echarts.use(installer);
      partGeneration.set(part, ++generation);
      registered.add(part);
    });
    // A failed chunk (a redeploy replaced it, the network blinked) may be asked for again.
    p.catch(() => loading.delete(part));
    loading.set(part, p);
  }
  return p;
}

/**
 * Registers what the option needs. Returns null when everything is already registered, so the caller can
 * set the option in the same task (no flash on refresh); otherwise a promise of the registration.
 */
export function ensureParts(option: ChartOption): Promise<void> | null {
  const missing = requiredParts(option).filter((p) => !registered.has(p));
  return missing.length === 0 ? null : Promise.all(missing.map(load)).then(() => undefined);
}

export const isRegistered = (part: PartName) => registered.has(part);
