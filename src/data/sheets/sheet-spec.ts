import '../../domain/schemas/zod-setup';
import * as z from 'zod/mini';

/*
 * How a request's answer is read when it is a spreadsheet (`"sheet": { … }` in config.json): which
 * sheet, which header row. Kept apart from the reader so that parsing a config never loads the reader.
 */

export const sheetSpecSchema = z.strictObject({
  /** The file's kind; by default told from the bytes (an .xlsx is a ZIP archive) and the URL. */
  format: z.optional(z.enum(['xlsx', 'csv'])),
  /**
   * The sheet's name as on its tab; the first sheet when absent. With `{yyyy}`, `{M}`, `{MM}` or `{yyyyMM}`
   * in it (`"{yyyy}年{M}月进度"`) every tab that matches is a month, and their rows are read as one history.
   */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Sheets per month: the column of a row's date; a row without one is dated by its month's last day. */
  dateColumn: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** Sheets per month: the columns naming a row (e.g. ["对象编号"]); met again at the same date, the later month's wins. */
  key: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(10))),
  /**
   * The row of column headers as Excel numbers it (the last one, for a two-row header). By default, the
   * row among the first 30 that holds the most of the columns the mapping reads.
   */
  headerRow: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  /**
   * A cell holding the as-of date, e.g. "B2" with 2025/12/31 or "统计截止：2025年12月31日"; on another
   * sheet of the workbook as "填报说明!B3" (one date for the whole workbook).
   */
  asOfCell: z.optional(
    z
      .string()
      .check(z.regex(/^(?:[^!]{1,31}!)?[A-Z]{1,3}[1-9]\d{0,6}$/, 'a cell such as "B2" or "填报说明!B3"')),
  ),
});
export type SheetSpec = z.infer<typeof sheetSpecSchema>;
