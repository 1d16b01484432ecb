import { useTranslation, type TFunction } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { dateColumn, percentColumn } from '../../components/columns';
import { StatusBadge } from '../../components/status-badge';
import type { Indicator } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { rawTextIn, textIn } from '../../lib/names';
import { csvFigure, unitLabel } from '../../lib/quantity';
import { targetPeriodLabel, withUnit } from './format-indicator';
import type { ObservationRow, TargetRow } from './select-detail';
import './messages';

type Fmt = (v: number | null | undefined, role?: 'actual' | 'target') => string;

/** The detail page's two tables: the targets in force over time, and every reported value. */
export function useDetailColumns(ind: Indicator, lang: Lang, fmt: Fmt) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const unit = unitLabel(ind, lang);
  return {
    targetColumns: targetColumns(t, tc, ind, lang, unit, fmt),
    observationColumns: observationColumns(t, ind, lang, unit, fmt),
  };
}

function targetColumns(
  t: TFunction,
  tc: TFunction,
  ind: Indicator,
  lang: Lang,
  unit: string,
  fmt: Fmt,
): Column<TargetRow>[] {
  return [
    {
      key: 'period',
      header: t('detail.colPeriod'),
      render: (r) => targetPeriodLabel(r.target, lang),
      sortValue: (r) => r.target.period.start,
      csv: (r) => targetPeriodLabel(r.target, lang),
    },
    {
      key: 'target',
      header: withUnit(t('detail.colTarget'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{fmt(r.target.value, 'target')}</span>,
      sortValue: (r) => r.target.value,
      csv: (r) => csvFigure(r.target.value, ind, lang),
    },
    {
      key: 'actual',
      header: withUnit(t('detail.colActual'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{r.a ? fmt(r.a.actual) : t('detail.notBegun')}</span>,
      sortValue: (r) => r.a?.actual ?? null,
      csv: (r) => csvFigure(r.a?.actual, ind, lang),
    },
    percentColumn('attainment', t('detail.colAttainment'), (r) => r.a?.attainment ?? null, {
      look: { tag: 'strong', className: 'num' },
    }),
    {
      key: 'status',
      header: t('detail.colStatus'),
      render: (r) =>
        r.a ? <StatusBadge status={r.a.status} kind="indicator" noTarget={r.a.noTarget} /> : '—',
      csv: (r) => (r.a ? tc(`indicatorStatus.${r.a.status ?? 'noData'}`) : ''),
    },
    {
      key: 'note',
      header: t('detail.colNote'),
      render: (r) => (
        <span className="ind-source">
          {textIn(r.target.note, r.target.noteEn, lang)}
          {r.target.trajectory?.length
            ? ` · ${t('detail.trajectoryPoints', { count: r.target.trajectory.length })}`
            : ''}
        </span>
      ),
      csv: (r) => rawTextIn(r.target.note, r.target.noteEn, lang),
      hideOnPhone: true,
    },
  ];
}

function observationColumns(
  t: TFunction,
  ind: Indicator,
  lang: Lang,
  unit: string,
  fmt: Fmt,
): Column<ObservationRow>[] {
  const inForce = (r: ObservationRow) =>
    r.target ? `${targetPeriodLabel(r.target, lang)} ${fmt(r.target.value, 'target')}` : null;
  return [
    dateColumn('date', t('detail.colDate'), (r) => r.date, lang, { look: { tag: 'span', className: 'num' } }),
    {
      key: 'value',
      header: withUnit(t('detail.colValue'), unit, lang),
      align: 'end',
      render: (r) => <span className="num">{fmt(r.value)}</span>,
      sortValue: (r) => r.value,
      csv: (r) => csvFigure(r.value, ind, lang),
    },
    {
      key: 'inForce',
      header: t('detail.inForce'),
      render: (r) => inForce(r) ?? '—',
      sortValue: (r) => r.target?.value ?? null,
      csv: (r) => inForce(r) ?? '',
      hideOnPhone: true,
    },
    percentColumn('attainment', t('detail.colAttainment'), (r) => r.attainment, {
      look: { tag: 'span', className: 'num' },
    }),
    {
      key: 'note',
      header: t('detail.colNote'),
      render: (r) => (
        <span className="ind-source">{textIn(r.note ?? undefined, r.noteEn ?? undefined, lang)}</span>
      ),
      csv: (r) => rawTextIn(r.note ?? undefined, r.noteEn ?? undefined, lang),
      hideOnPhone: true,
    },
  ];
}
