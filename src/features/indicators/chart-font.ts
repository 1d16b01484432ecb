/**
 * The page's font stack, spelled out for the canvas: ECharts writes `${size}px ${family}` into the canvas
 * font, where `inherit` is not a family, so the whole value is rejected and text falls back to 10px.
 */
export const CHART_FONT =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', system-ui, sans-serif";
