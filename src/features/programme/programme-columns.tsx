import { useTranslation, type TFunction } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { STATUS_CODES, type StatusCode } from '../../domain/codes';
import type { Programme } from '../../domain/schemas';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { nameIn, rawNameIn } from '../../lib/names';
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
    {
      key: 'item',
      header: t('col.item'),
      render: (x) => nameIn(x.item, lang),
      sortValue: (x) => rawNameIn(x.item, lang),
    },
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
    {
      key: 'progress',
      header: t('col.progress'),
      render: (x) => formatPercent(x.progress),
      sortValue: (x) => x.progress,
      csv: (x) => formatPercent(x.progress),
      align: 'end',
    },
    {
      key: 'lead',
      header: t('col.lead'),
      render: (x) => unitName(x.item.leadUnitId),
      sortValue: (x) => unitName(x.item.leadUnitId),
    },
    {
      key: 'due',
      header: t('col.due'),
      render: (x) => formatDate(x.item.due, lang),
      sortValue: (x) => x.item.due,
      hideOnPhone: true,
    },
    {
      key: 'completed',
      header: t('col.completed'),
      render: (x) => {
        const date = completedOn(x, asOf);
        return date ? formatDate(date, lang) : '—';
      },
      sortValue: (x) => completedOn(x, asOf),
    },
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
    {
      key: 'item',
      header: t('col.item'),
      render: (r) => nameIn(r.item.item, lang),
      csv: (r) => rawNameIn(r.item.item, lang),
      hideOnPhone: true,
    },
    {
      key: 'indicator',
      header: t('col.indicator'),
      render: (r) => nameIn(r.ind.indicator, lang),
      sortValue: (r) => rawNameIn(r.ind.indicator, lang),
    },
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
    {
      key: 'actualDate',
      header: t('col.actualDate'),
      render: (r) => formatDate(r.ind.a.actualDate, lang),
      sortValue: (r) => r.ind.a.actualDate,
      hideOnPhone: true,
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      render: (r) => <strong>{formatPercent(r.ind.a.attainment)}</strong>,
      sortValue: (r) => r.ind.a.attainment,
      csv: (r) => formatPercent(r.ind.a.attainment),
      align: 'end',
    },
    {
      key: 'status',
      header: t('col.status'),
      render: (r) => <StatusBadge status={r.ind.a.status} kind="indicator" />,
      sortValue: (r) => (r.ind.a.status ? STATUS_CODES.indexOf(r.ind.a.status) : 9),
      csv: (r) => statusWord(r.ind.a.status),
    },
  ];
}
