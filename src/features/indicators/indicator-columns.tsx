import { useMemo } from 'react';
import { useTranslation, type TFunction } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import type { AssessedIndicator } from '../../domain/metrics';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { nameIn, rawNameIn, rawTextIn, textIn } from '../../lib/names';
import { csvFigure, unitLabel } from '../../lib/quantity';
import { formatIndicatorValue, targetPeriodLabel, withUnit, type MilestoneWords } from './format-indicator';
import { INDICATOR_STATUS_KEYS, statusKey } from './select-indicators';
import { useIndicatorWords } from './use-indicator-words';
import './messages';

interface Ctx {
  t: TFunction;
  tc: TFunction;
  lang: Lang;
  words: MilestoneWords;
  detailSearch: string;
}

/** The ledger's columns: what each indicator is and what it aims at, then where it stands. */
export function useIndicatorColumns(lang: Lang, detailSearch: string): Column<AssessedIndicator>[] {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const words = useIndicatorWords();
  return useMemo(() => {
    const ctx = { t, tc, lang, words, detailSearch };
    return [...aimColumns(ctx), ...standingColumns(ctx)];
  }, [t, tc, lang, words, detailSearch]);
}

function aimColumns({ t, tc, lang, words, detailSearch }: Ctx): Column<AssessedIndicator>[] {
  return [
    {
      key: 'name',
      header: t('col.name'),
      render: ({ indicator: ind }) => (
        <Link
          className="link ind-name"
          to={{ pathname: `/indicators/${ind.id}`, search: detailSearch }}
          data-testid="indicator-link"
        >
          {nameIn(ind, lang)}
        </Link>
      ),
      sortValue: ({ indicator: ind }) => rawNameIn(ind, lang),
      // The unit goes with the name, as in a printed ledger, so the figure columns stay numbers.
      csv: ({ indicator: ind }) => withUnit(rawNameIn(ind, lang), unitLabel(ind, lang), lang),
    },
    {
      key: 'fn',
      header: t('col.fn'),
      render: ({ indicator: ind }) => (
        <span className="ind-fns">
          {ind.functions.map((f) => (
            <span key={f} className={`fn-tag fn-${f}`} title={tc(`fn.${f}`)}>
              {f}
            </span>
          ))}
        </span>
      ),
      sortValue: ({ indicator: ind }) => ind.functions.join(''),
      csv: ({ indicator: ind }) => ind.functions.join('/'),
    },
    {
      key: 'target',
      header: t('col.target'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="num">{formatIndicatorValue(a.target?.value, ind, lang, words, 'target')}</span>
      ),
      sortValue: ({ a }) => a.target?.value ?? null,
      csv: ({ indicator: ind, a }) => csvFigure(a.target?.value, ind, lang),
    },
    {
      key: 'period',
      header: t('col.targetPeriod'),
      render: ({ a }) => (a.target ? targetPeriodLabel(a.target, lang) : '—'),
      sortValue: ({ a }) => (a.target ? `${a.target.period.end}${a.target.period.start}` : null),
      csv: ({ a }) => (a.target ? targetPeriodLabel(a.target, lang) : ''),
    },
  ];
}

function standingColumns({ t, tc, lang, words }: Ctx): Column<AssessedIndicator>[] {
  return [
    {
      key: 'actual',
      header: t('col.actual'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="num">{formatIndicatorValue(a.actual, ind, lang, words)}</span>
      ),
      sortValue: ({ a }) => a.actual,
      csv: ({ indicator: ind, a }) => csvFigure(a.actual, ind, lang),
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      align: 'end',
      render: ({ a }) => (
        <strong className="num ind-attainment" data-testid="attainment">
          {formatPercent(a.attainment)}
        </strong>
      ),
      sortValue: ({ a }) => a.attainment,
      csv: ({ a }) => formatPercent(a.attainment),
    },
    {
      key: 'expected',
      header: t('col.expected'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="ind-cell">
          <span className="num">{formatIndicatorValue(a.expected, ind, lang, words)}</span>
          <span className="ind-sub num">
            {formatPercent(a.expected === null ? null : a.expectedAttainment)}
          </span>
        </span>
      ),
      sortValue: ({ a }) => a.expectedAttainment,
      csv: ({ indicator: ind, a }) => csvFigure(a.expected, ind, lang),
      hideOnPhone: true,
    },
    {
      key: 'projection',
      header: t('col.projection'),
      align: 'end',
      render: ({ indicator: ind, a }) => (
        <span className="ind-cell">
          <span className="num">{formatIndicatorValue(a.projection, ind, lang, words)}</span>
          {a.projectedAttainment !== null ? (
            <span className="ind-sub num">
              {formatPercent(a.projectedAttainment)} · {formatDate(a.projectionDate, lang)}
            </span>
          ) : null}
        </span>
      ),
      sortValue: ({ a }) => a.projectedAttainment,
      csv: ({ indicator: ind, a }) => csvFigure(a.projection, ind, lang),
      hideOnPhone: true,
    },
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />,
      sortValue: ({ a }) => INDICATOR_STATUS_KEYS.indexOf(a.status ?? 'noData'),
      csv: (x) => tc(`indicatorStatus.${statusKey(x)}`),
    },
    {
      key: 'date',
      header: t('col.date'),
      render: ({ a }) => <span className="num">{formatDate(a.actualDate, lang)}</span>,
      sortValue: ({ a }) => a.actualDate,
      hideOnPhone: true,
    },
    {
      key: 'source',
      header: t('col.source'),
      render: ({ indicator: ind }) => (
        <span className="ind-source">{ind.source ? textIn(ind.source, ind.sourceEn, lang) : '—'}</span>
      ),
      sortValue: ({ indicator: ind }) => (ind.source ? rawTextIn(ind.source, ind.sourceEn, lang) : null),
      hideOnPhone: true,
    },
  ];
}
