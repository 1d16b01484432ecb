import { useTranslation } from '../../lib/i18n';
import { DataTable, tableText } from '../../components/data-table';
import { rowIssueColumns } from '../../components/row-issue-columns';
import type { RowIssue } from '../../data/validation-report';
import type { ResourceName } from '../../domain/codes';
import { formatDate } from '../../lib/format';
import type { Run } from './use-mapping-run';

/** The result panel: the run's summary, its validation report and the first rows as mapped. */
export function ResultView({ run, resource, lang }: { run: Run; resource: ResourceName; lang: 'zh' | 'en' }) {
  const { t } = useTranslation('playground');
  const columns = rowIssueColumns<RowIssue & { key: string }>(t);
  if (run.state === 'idle') return <p className="panel-state">{t('needSample')}</p>;
  if (run.state === 'running')
    return (
      <p className="panel-state" aria-busy="true">
        {t('running')}
      </p>
    );
  if (run.state === 'error') {
    return (
      <p className="notice error" role="alert" data-testid="playground-error">
        {t('failed', { message: run.message })}
      </p>
    );
  }
  const { result } = run;
  const r = result.report;
  const asOf = formatDate(result.meta.asOf, lang);
  const preview = result.preview;
  const previewCount = Array.isArray(preview) ? preview.length : 1;
  return (
    <div className="pg-result">
      <p className="pg-summary" data-testid="playground-summary">
        {resource === 'plan'
          ? t('summaryPlan', { state: r.kept === 1 ? t('planOk') : t('planBad'), asOf, ms: result.mappingMs })
          : t('summary', {
              received: r.received,
              kept: r.kept,
              dropped: r.dropped,
              asOf,
              ms: result.mappingMs,
            })}
      </p>
      {result.assumed.includes('asOf') ? (
        <p className="pg-note warn">{t('assumed', { fields: t('assumedField.asOf') })}</p>
      ) : null}
      {(result.notes ?? []).map((n) => (
        <p key={n} className="pg-note warn" data-testid="playground-note">
          {n}
        </p>
      ))}
      <h3 className="pg-subhead">{t('issues.caption')}</h3>
      <DataTable
        rows={r.issues.map((i, k) => ({ ...i, key: String(k) }))}
        columns={columns}
        rowKey={(x) => x.key}
        text={tableText(t, 'issues')}
        asOf={result.meta.asOf}
        sortParam="issueSort"
        emptyText={t('noIssues')}
        testId="playground-issues"
      />
      <h3 className="pg-subhead">{t('preview', { count: previewCount })}</h3>
      <pre className="pg-code pg-preview" data-testid="playground-preview" tabIndex={0} translate="no">
        {JSON.stringify(preview, null, 2)}
      </pre>
    </div>
  );
}
