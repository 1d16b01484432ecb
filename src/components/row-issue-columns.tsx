import type { TFunction } from '../lib/i18n';
import type { RowIssue } from '../data/validation-report';
import type { Column } from './data-table';

/**
 * The columns of a validation report, row by row: the same on /data-health and in the playground, so a
 * deployer reads a failure the same way where it happened and where it is tried. `t` is the page's own
 * translator (both namespaces have the `col.*` keys).
 */
export function rowIssueColumns<R extends RowIssue & { key: string }>(t: TFunction): Column<R>[] {
  return [
    {
      key: 'row',
      header: t('col.row'),
      render: (r) => `#${r.index + 1}`,
      sortValue: (r) => r.index + 1,
      align: 'end',
    },
    { key: 'id', header: t('col.id'), render: (r) => r.rowId ?? '—', sortValue: (r) => r.rowId },
    { key: 'field', header: t('col.field'), render: (r) => <code>{r.path}</code>, sortValue: (r) => r.path },
    { key: 'expected', header: t('col.expected'), render: (r) => r.expected, csv: (r) => r.expected },
    { key: 'got', header: t('col.got'), render: (r) => <code>{r.got}</code>, csv: (r) => r.got },
    {
      key: 'source',
      header: t('col.source'),
      render: (r) => (r.source ? <code>{r.source}</code> : '—'),
      csv: (r) => r.source ?? '',
      hideOnPhone: true,
    },
  ];
}
