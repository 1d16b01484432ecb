// One ECharts part in its own chunk, loaded when an option first needs it (see ../echarts-parts.ts).
// The grid without the axis pointer (GridComponent installs both): every axis pointer in the app sits in
// a tooltip, and the tooltip part brings the pointer with it on the first hover.
export { GridSimpleComponent as part } from 'echarts/components';
