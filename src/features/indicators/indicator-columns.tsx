import { useMemo, type ReactNode } from 'react';
import { useTranslation, type TFunction } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { dateColumn, nameColumn, percentColumn } from '../../components/columns';
import { StatusBadge } from '../../components/status-badge';
import type { AssessedIndicator } from '../../domain/metrics';
import { formatDate, formatPercent, type Lang } from '../../lib/format';
import { rawNameIn, rawTextIn, textIn } from '../../lib/names';
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
    nameColumn('name', t('col.name'), ({ indicator }) => indicator, lang, {
      link: {
        to: ({ indicator: ind }) => ({ pathname: `/indicators/${ind.id}`, search: detailSearch }),
        className: 'link ind-name',
        testId: 'indicator-link',
      },
      // The unit goes with the name, as in a printed ledger, so the figure columns stay numbers.
      csv: ({ indicator: ind }) => withUnit(rawNameIn(ind, lang), unitLabel(ind, lang), lang),
    }),
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

type Assessment = AssessedIndicator['a'];

interface Forecast {
  /** The figure in the indicator's unit, which the CSV keeps. */
  figure: (a: Assessment) => number | null;
  /** Its share of the target, which the column sorts by. */
  share: (a: Assessment) => number | null;
  /** The line under the figure. */
  sub: (a: Assessment) => ReactNode;
}

/** A figure the indicator should or will reach, with its share of the target under it; not on a phone. */
function forecastColumn(
  key: string,
  header: string,
  { lang, words }: Ctx,
  { figure, share, sub }: Forecast,
): Column<AssessedIndicator> {
  return {
    key,
    header,
    align: 'end',
    render: ({ indicator: ind, a }) => (
      <span className="ind-cell">
        <span className="num">{formatIndicatorValue(figure(a), ind, lang, words)}</span>
        {sub(a)}
      </span>
    ),
    sortValue: ({ a }) => share(a),
    csv: ({ indicator: ind, a }) => csvFigure(figure(a), ind, lang),
    hideOnPhone: true,
  };
}

function standingColumns(ctx: Ctx): Column<AssessedIndicator>[] {
  const { t, tc, lang, words } = ctx;
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
    percentColumn('attainment', t('col.attainment'), ({ a }) => a.attainment, {
      look: { tag: 'strong', className: 'num ind-attainment', testId: 'attainment' },
    }),
    forecastColumn('expected', t('col.expected'), ctx, {
      figure: (a) => a.expected,
      share: (a) => a.expectedAttainment,
      sub: (a) => (
        <span className="ind-sub num">
          {formatPercent(a.expected === null ? null : a.expectedAttainment)}
        </span>
      ),
    }),
    forecastColumn('projection', t('col.projection'), ctx, {
      figure: (a) => a.projection,
      share: (a) => a.projectedAttainment,
      sub: (a) =>
        a.projectedAttainment !== null ? (
          <span className="ind-sub num">
            {formatPercent(a.projectedAttainment)} · {formatDate(a.projectionDate, lang)}
          </span>
        ) : null,
    }),
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} kind="indicator" noTarget={a.noTarget} />,
      sortValue: ({ a }) => INDICATOR_STATUS_KEYS.indexOf(a.status ?? 'noData'),
      csv: (x) => tc(`indicatorStatus.${statusKey(x)}`),
    },
    dateColumn('date', t('col.date'), ({ a }) => a.actualDate, lang, {
      look: { tag: 'span', className: 'num' },
      hideOnPhone: true,
    }),
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
