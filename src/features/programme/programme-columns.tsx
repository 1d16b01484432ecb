import { useTranslation, type TFunction } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { dateColumn, nameColumn, percentColumn, textColumn } from '../../components/columns';
import { StatusBadge } from '../../components/status-badge';
import { STATUS_CODES, type StatusCode } from '../../domain/codes';
import type { Programme } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { targetPeriodLabel } from '../../lib/target-period';
import { valueWithUnit } from './build-targets-option';
import { areaOrdinal, timeliness, type ProgrammeItem, type TargetRow } from './select-programme';
import { TimelinessTag, timelinessText } from './timeliness-tag';
import './messages';

interface Ctx {
  t: TFunction;
  tc: TFunction;
  lang: Lang;
  programme: Programme;
  asOf: string;
  unitName: (id: string | undefined) => string;
  statusWord: (s: StatusCode | null) => string;
}

/** The two tables' columns: the programme's work items, and the year's indicator targets. */
export function useProgrammeColumns(ctx: Omit<Ctx, 't' | 'tc'>) {
  const { t } = useTranslation('programme');
  const { t: tc } = useTranslation();
  const full = { ...ctx, t, tc };
  return { itemColumns: itemColumns(full), targetColumns: targetColumns(full) };
}

const completedOn = (x: ProgrammeItem, asOf: string) => {
  const tl = timeliness(x, asOf);
  return tl.kind === 'onTime' || tl.kind === 'late' ? tl.date : null;
};

function itemColumns({ t, tc, lang, programme, asOf, unitName }: Ctx): Column<ProgrammeItem>[] {
  const areaTitle = (id: string) => {
    const area = programme.areas.find((a) => a.id === id);
    return area ? `${areaOrdinal(area.order, lang)}${nameIn(area, lang)}` : id;
  };
  const year = programme.year;
  return [
    {
      key: 'no',
      header: t('col.no'),
      render: (x) => <span className="num">{x.no}</span>,
      sortValue: (x) => (x.area?.order ?? 0) * 100 + x.item.order,
      csv: (x) => x.no,
    },
    {
      key: 'area',
      header: t('col.area'),
      render: (x) => areaTitle(x.item.areaId),
      csv: (x) => areaTitle(x.item.areaId),
      hideOnPhone: true,
    },
    nameColumn('item', t('col.item'), (x) => x.item, lang),
    {
      key: 'status',
      header: t('col.status'),
      render: (x) => (
        <>
          <StatusBadge status={x.status} manual={Boolean(x.a?.manual)} />
          {x.atYearEnd ? <span className="year-end-tag">{t('evaluatedNoteShort', { year })}</span> : null}
        </>
      ),
      sortValue: (x) => (x.status ? STATUS_CODES.indexOf(x.status) : 9),
      csv: (x) => tc(`status.${x.status ?? 'noData'}`),
    },
    percentColumn('progress', t('col.progress'), (x) => x.progress),
    textColumn('lead', t('col.lead'), (x) => unitName(x.item.leadUnitId)),
    dateColumn('due', t('col.due'), (x) => x.item.due, lang, { hideOnPhone: true }),
    dateColumn('completed', t('col.completed'), (x) => completedOn(x, asOf), lang),
    {
      key: 'timeliness',
      header: t('col.timeliness'),
      render: (x) => <TimelinessTag x={x} asOf={asOf} />,
      csv: (x) => timelinessText(timeliness(x, asOf), t),
    },
  ];
}

function targetColumns({ t, lang, statusWord }: Ctx): Column<TargetRow>[] {
  const unitOf = (r: TargetRow) => r.ind.indicator;
  return [
    {
      key: 'no',
      header: t('col.no'),
      render: (r) => <span className="num">{r.item.no}</span>,
      csv: (r) => r.item.no,
    },
    nameColumn('item', t('col.item'), (r) => r.item.item, lang, { sortValue: null, hideOnPhone: true }),
    nameColumn('indicator', t('col.indicator'), (r) => r.ind.indicator, lang),
    {
      key: 'target',
      header: t('col.target'),
      render: (r) => (
        <>
          {valueWithUnit(r.ind.a.target?.value ?? null, unitOf(r), lang)}
          {r.ind.a.target ? (
            <span className="target-label">{targetPeriodLabel(r.ind.a.target, lang)}</span>
          ) : null}
        </>
      ),
      csv: (r) => valueWithUnit(r.ind.a.target?.value ?? null, unitOf(r), lang),
      align: 'end',
    },
    {
      key: 'actual',
      header: t('col.actual'),
      render: (r) => valueWithUnit(r.ind.a.actual, unitOf(r), lang),
      csv: (r) => valueWithUnit(r.ind.a.actual, unitOf(r), lang),
      align: 'end',
    },
    dateColumn('actualDate', t('col.actualDate'), (r) => r.ind.a.actualDate, lang, { hideOnPhone: true }),
    percentColumn('attainment', t('col.attainment'), (r) => r.ind.a.attainment, {
      look: { tag: 'strong' },
    }),
    {
      key: 'status',
      header: t('col.status'),
      render: (r) => <StatusBadge status={r.ind.a.status} kind="indicator" />,
      sortValue: (r) => (r.ind.a.status ? STATUS_CODES.indexOf(r.ind.a.status) : 9),
      csv: (r) => statusWord(r.ind.a.status),
    },
  ];
}
