// One ECharts part in its own chunk, loaded when an option first needs it (see ../echarts-parts.ts).
export { MarkAreaComponent as part } from 'echarts/components';
