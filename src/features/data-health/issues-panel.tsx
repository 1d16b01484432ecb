import { useMemo } from 'react';
import { useTranslation, type TFunction } from '../../lib/i18n';
import { DataTable, tableText, type Column } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { rowIssueColumns } from '../../components/row-issue-columns';
import type { SourceHealth } from '../../data/use-source-health';
import { ISSUES_PER_FIELD } from '../../data/validation-report';
import { RESOURCES, type ResourceName } from '../../domain/codes';
import type { IsoDate } from '../../domain/schemas';
import type { Lang } from '../../lib/format';
import { useSearchParam } from '../../lib/url-state';
import './messages';
import { issueTotal, selectFieldCounts, selectIssues, type IssueRow } from './select-issues';

const asResource = (v: string | null): ResourceName | null =>
  (RESOURCES as readonly string[]).includes(v ?? '') ? (v as ResourceName) : null;

const countText = (n: number, lang: Lang) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');

/** The issues table: which row of which resource, which field, what was expected and what came. */
function issueColumns(t: TFunction, tc: TFunction): Column<IssueRow>[] {
  return [
    {
      key: 'resource',
      header: t('col.resource'),
      render: (r) => tc(`health.resource.${r.resource}`),
      sortValue: (r) => RESOURCES.indexOf(r.resource),
      csv: (r) => r.resource,
    },
    ...rowIssueColumns<IssueRow>(t),
  ];
}

interface Props {
  health: SourceHealth[];
  lang: Lang;
  /** The report date shown, for the exported file's name. */
  shownAsOf: IsoDate | null;
}

/** Every validation issue, filterable by resource (in the URL), with the per-field totals when capped. */
export function IssuesPanel({ health, lang, shownAsOf }: Props) {
  const { t } = useTranslation('data-health');
  const { t: tc } = useTranslation();
  const [filterRaw, setFilter] = useSearchParam('resource');
  const filter = asResource(filterRaw);
  const issues = useMemo(() => selectIssues(health, filter), [health, filter]);
  const fieldCounts = useMemo(() => selectFieldCounts(health, filter), [health, filter]);
  return (
    <Panel title={t('issues.caption')} testId="health-issues">
      <p className="dh-note">{t('issuesIntro')}</p>
      <div className="filter-bar" role="group" aria-label={t('col.resource')}>
        <button type="button" className="chip" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          {t('allResources')}
        </button>
        {health.map((h) => (
          <button
            key={h.resource}
            type="button"
            className="chip"
            aria-pressed={filter === h.resource}
            onClick={() => setFilter(h.resource)}
            data-testid={`issue-filter-${h.resource}`}
          >
            {tc(`health.resource.${h.resource}`)}{' '}
            <span className="num">{h.result ? countText(issueTotal(h.result.report), lang) : 0}</span>
          </button>
        ))}
      </div>
      {fieldCounts.length > 0 ? (
        <div className="dh-field-counts" data-testid="issue-field-counts">
          <p className="dh-note">{t('capped', { perField: ISSUES_PER_FIELD })}</p>
          <ul>
            {fieldCounts.map((f) => (
              <li key={`${f.resource}-${f.field}`}>
                {tc(`health.resource.${f.resource}`)} · <code>{f.field}</code>:{' '}
                {t('fieldCount', { count: countText(f.count, lang), listed: f.listed })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <DataTable
        rows={issues}
        virtualizeAbove={200}
        columns={issueColumns(t, tc)}
        rowKey={(r) => r.key}
        text={tableText(t, 'issues')}
        asOf={shownAsOf}
        sortParam="issueSort"
        emptyText={t('noIssues')}
        testId="issues-table"
      />
    </Panel>
  );
}
