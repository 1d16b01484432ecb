// One ECharts part in its own chunk, loaded when an option first needs it (see ../echarts-parts.ts).
export { LegendComponent as part } from 'echarts/components';
