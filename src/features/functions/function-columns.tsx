import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { Column } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import type { AssessedIndicator, AssessedTask, PlanData } from '../../domain/metrics';
import { STATUS_CODES } from '../../domain/codes';
import { formatPercent, type Lang } from '../../lib/format';
import { nameIn, rawNameIn, shortNameIn } from '../../lib/names';
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
    {
      key: 'task',
      header: t('col.task'),
      render: ({ task }) => (
        <Link
          className="link fn-task-name"
          to={{ pathname: `/tasks/${task.id}`, search }}
          data-testid="function-task"
        >
          {nameIn(task, lang)}
        </Link>
      ),
      sortValue: ({ task }) => task.order,
      csv: ({ task }) => `${task.id} ${rawNameIn(task, lang)}`,
    },
    {
      key: 'lead',
      header: t('col.lead'),
      render: ({ task }) => lead(task.leadUnitId),
      sortValue: ({ task }) => lead(task.leadUnitId),
    },
    {
      key: 'progress',
      header: t('col.progress'),
      align: 'end',
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
      sortValue: ({ a }) => a.progress,
      csv: ({ a }) => formatPercent(a.progress),
    },
    {
      key: 'time',
      header: t('col.time'),
      align: 'end',
      render: ({ a }) => <span className="num fn-time">{formatPercent(a.timeProgress)}</span>,
      sortValue: ({ a }) => a.timeProgress,
      csv: ({ a }) => formatPercent(a.timeProgress),
      hideOnPhone: true,
    },
  ];

  const indicatorColumns: Column<AssessedIndicator>[] = [
    {
      key: 'indicator',
      header: t('col.indicator'),
      render: ({ indicator }) => (
        <Link
          className="link"
          to={{ pathname: `/indicators/${indicator.id}`, search }}
          data-testid="function-indicator"
        >
          {nameIn(indicator, lang)}
        </Link>
      ),
      sortValue: ({ indicator }) => rawNameIn(indicator, lang),
    },
    {
      key: 'attainment',
      header: t('col.attainment'),
      align: 'end',
      render: ({ a }) => <strong className="num">{formatPercent(a.attainment)}</strong>,
      sortValue: ({ a }) => a.attainment,
      csv: ({ a }) => formatPercent(a.attainment),
    },
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
