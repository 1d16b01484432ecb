/** What ECharts hands an item tooltip's formatter, as far as the builders read it (it types it `unknown`). */
export interface ItemTipParams {
  seriesId?: string;
  dataIndex?: number;
  /** 'series' for a data item; 'markLine' for the as-of line; 'yAxis' for a category label with triggerEvent. */
  componentType?: string;
  value?: unknown;
}
