// One ECharts part in its own chunk, loaded when an option first needs it (see ../echarts-parts.ts).
// The plain legend only: the scrolling one and its pager are a part of their own (./legend-scroll.ts).
export { LegendPlainComponent as part } from 'echarts/components';
