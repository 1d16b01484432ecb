import { useTranslation } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { nameColumn, percentColumn, textColumn } from '../../components/columns';
import { StatusBadge } from '../../components/status-badge';
import type { AssessedIndicator, AssessedTask, PlanData } from '../../domain/metrics';
import { STATUS_CODES } from '../../domain/codes';
import { formatPercent, type Lang } from '../../lib/format';
import { rawNameIn, shortNameIn } from '../../lib/names';
import { useSharedSearch } from '../../lib/url-state';
import './messages';

/** A function's two tables: its tasks with progress against time, and its indicators' attainment. */
export function useFunctionColumns(units: PlanData['units'], color: string, lang: Lang) {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const search = useSharedSearch();
  const unitById = new Map(units.map((u) => [u.id, u]));
  const lead = (id: string) => shortNameIn(unitById.get(id), lang, id);

  const taskColumns: Column<AssessedTask>[] = [
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} manual={Boolean(a.manual)} />,
      sortValue: ({ a }) => STATUS_CODES.indexOf(a.status),
      csv: ({ a }) => tc(`status.${a.status}`),
    },
    nameColumn('task', t('col.task'), ({ task }) => task, lang, {
      link: {
        to: ({ task }) => ({ pathname: `/tasks/${task.id}`, search }),
        className: 'link fn-task-name',
        testId: 'function-task',
      },
      sortValue: ({ task }) => task.order,
      csv: ({ task }) => `${task.id} ${rawNameIn(task, lang)}`,
    }),
    textColumn('lead', t('col.lead'), ({ task }) => lead(task.leadUnitId)),
    // The figure with a meter of progress against time, in the function's colour.
    percentColumn('progress', t('col.progress'), ({ a }) => a.progress, {
      render: ({ a }) => (
        <span className="fn-progress">
          <strong className="num">{formatPercent(a.progress)}</strong>
          <span className="meter" aria-hidden="true">
            <span
              className="meter-fill"
              style={{ width: `${Math.round(a.progress * 100)}%`, background: color }}
            />
            <span className="meter-mark" style={{ left: `${Math.round(a.timeProgress * 100)}%` }} />
          </span>
        </span>
      ),
    }),
    percentColumn('time', t('col.time'), ({ a }) => a.timeProgress, {
      look: { tag: 'span', className: 'num fn-time' },
      hideOnPhone: true,
    }),
  ];

  const indicatorColumns: Column<AssessedIndicator>[] = [
    nameColumn('indicator', t('col.indicator'), ({ indicator }) => indicator, lang, {
      link: {
        to: ({ indicator }) => ({ pathname: `/indicators/${indicator.id}`, search }),
        className: 'link',
        testId: 'function-indicator',
      },
    }),
    percentColumn('attainment', t('col.attainment'), ({ a }) => a.attainment, {
      look: { tag: 'strong', className: 'num' },
    }),
    {
      key: 'status',
      header: t('col.status'),
      render: ({ a }) => <StatusBadge status={a.status} kind="indicator" />,
      sortValue: ({ a }) => (a.status === null ? STATUS_CODES.length : STATUS_CODES.indexOf(a.status)),
      csv: ({ a }) => tc(`indicatorStatus.${a.status ?? 'noData'}`),
    },
  ];
  return { taskColumns, indicatorColumns };
}
