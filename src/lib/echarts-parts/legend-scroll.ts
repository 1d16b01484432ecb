// One ECharts part in its own chunk, loaded when an option first needs it (see ../echarts-parts.ts).
// The scrolling legend with its pager. It installs the plain legend too, whose code it takes from that
// part's chunk rather than from a third one.
import './legend';

export { LegendScrollComponent as part } from 'echarts/components';
