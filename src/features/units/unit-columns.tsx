import { useTranslation } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { chooseColumn, percentColumn } from '../../components/columns';
import { useConfig } from '../../data/config-context';
import { formatPoints } from '../../lib/format';
import { moveText, type UnitRow } from './select-units';
import { RankMoveTag, scoreClass } from './unit-parts';
import type { UnitsView } from './use-units-view';

/** A whole number, right-aligned, sorted by itself. */
const countColumn = (key: string, header: string, value: (r: UnitRow) => number): Column<UnitRow> => ({
  key,
  header,
  render: value,
  sortValue: value,
  align: 'end',
});

/** The units table: rank, unit (a button that chooses it), kind, figures and the move since the compare date. */
export function useUnitColumns({ setUnit, unitName }: UnitsView): Column<UnitRow>[] {
  const { t } = useTranslation('units');
  const { thresholds } = useConfig();
  return [
    {
      key: 'rank',
      header: t('col.rank'),
      render: (r) => <strong className="num">{r.rank}</strong>,
      sortValue: (r) => r.rank,
      align: 'center',
    },
    chooseColumn('unit', t('col.unit'), {
      label: (r) => unitName(r.unitId),
      sortValue: (r) => unitName(r.unitId),
      choose: (r) => setUnit(r.unitId),
      testId: 'table-unit',
    }),
    {
      key: 'kind',
      header: t('col.kind'),
      render: (r) => (r.unit ? t(`kinds.${r.unit.kind}`) : '—'),
      csv: (r) => (r.unit ? t(`kinds.${r.unit.kind}`) : ''),
      hideOnPhone: true,
    },
    countColumn('tasks', t('col.tasks'), (r) => r.count),
    percentColumn('completion', t('col.completion'), (r) => r.meanProgress),
    percentColumn('time', t('col.time'), (r) => r.meanTimeProgress),
    {
      key: 'gap',
      header: t('col.gap'),
      render: (r) => <span className={scoreClass(r.score, thresholds)}>{formatPoints(r.score)}</span>,
      sortValue: (r) => r.score,
      csv: (r) => Math.round(r.score * 100),
      align: 'end',
    },
    countColumn('behind', t('col.behind'), (r) => r.behind),
    {
      key: 'change',
      header: t('col.change'),
      render: (r) => <RankMoveTag move={r.move} />,
      sortValue: (r) => (r.move.kind === 'up' ? r.move.by : r.move.kind === 'down' ? -r.move.by : 0),
      csv: (r) => moveText(r.move, t('newShort')),
      align: 'center',
    },
  ];
}
