/**
 * A made-up ledger system's unit list, the foreign source the data-layer tests map: its rows name a unit by
 * 编号 (bh), 名称 (mc), 简称 (jc) and 类型 (lx), and these fields map them to canonical units.
 */
export const ledgerUnitFields = {
  id: 'bh',
  name: 'mc',
  shortName: 'jc',
  kind: { path: 'lx', map: { 高校: 'university' } },
};

/** The unit list as a resource of a config, its mapping with `more` (e.g. a success check). */
export const ledgerUnitsResource = (more: Record<string, unknown> = {}) => ({
  path: 'units',
  mapping: { ...more, rows: 'rows', fields: ledgerUnitFields },
});

export const ledgerUnitRow = (id: string, kind = '高校') => ({ bh: id, mc: `单位${id}`, jc: id, lx: kind });
