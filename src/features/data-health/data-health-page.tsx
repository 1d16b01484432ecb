import { redactUrl } from '../../data/errors';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { DataTable, type Column } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { useReportStamp } from '../../components/report-stamp';
import { useConfig } from '../../data/config-context';
import { usePlanData } from '../../data/use-plan-data';
import { useSourceHealth, type SourceHealth } from '../../data/use-source-health';
import { ISSUES_PER_FIELD } from '../../data/validation-report';
import { RESOURCES, type ResourceName } from '../../domain/codes';
import { formatAge, formatClock, formatDate, type Lang } from '../../lib/format';
import { useAsOfParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useNow } from '../../lib/use-now';
import { useLang } from '../../stores/ui-store';
import './data-health.css';
import './messages';
import { KeptCacheNotes } from './kept-cache-notes';
import {
  healthLevel,
  issueTotal,
  readableUrl,
  selectFieldCounts,
  selectIssues,
  type HealthLevel,
  type IssueRow,
} from './select-issues';

const GLYPH: Record<HealthLevel, string> = { ok: '✓', warn: '!', error: '✕', pending: '…', notProvided: '–' };

const asResource = (v: string | null): ResourceName | null =>
  (RESOURCES as readonly string[]).includes(v ?? '') ? (v as ResourceName) : null;

export function DataHealthPage() {
  const { t } = useTranslation('data-health');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const config = useConfig();
  const [asOf] = useAsOfParam();
  const health = useSourceHealth(asOf);
  const client = useQueryClient();
  const [filterRaw, setFilter] = useSearchParam('resource');
  const filter = asResource(filterRaw);
  const issues = useMemo(() => selectIssues(health, filter), [health, filter]);
  const { reportDate } = usePlanData(asOf);
  const shownAsOf = reportDate?.date ?? null;
  useReportStamp(t('title'), shownAsOf);
  const fieldCounts = useMemo(() => selectFieldCounts(health, filter), [health, filter]);

  const columns: Column<IssueRow>[] = [
    {
      key: 'resource',
      header: t('col.resource'),
      render: (r) => tc(`health.resource.${r.resource}`),
      sortValue: (r) => RESOURCES.indexOf(r.resource),
      csv: (r) => r.resource,
    },
    {
      key: 'row',
      header: t('col.row'),
      render: (r) => `#${r.index + 1}`,
      sortValue: (r) => r.index + 1,
      align: 'end',
    },
    { key: 'id', header: t('col.id'), render: (r) => r.rowId ?? '—', sortValue: (r) => r.rowId },
    { key: 'field', header: t('col.field'), render: (r) => <code>{r.path}</code>, sortValue: (r) => r.path },
    { key: 'expected', header: t('col.expected'), render: (r) => r.expected, csv: (r) => r.expected },
    { key: 'got', header: t('col.got'), render: (r) => <code>{r.got}</code>, csv: (r) => r.got },
    {
      key: 'source',
      header: t('col.source'),
      render: (r) => (r.source ? <code>{r.source}</code> : '—'),
      csv: (r) => r.source ?? '',
      hideOnPhone: true,
    },
  ];

  return (
    <div className="page data-health-page" data-testid="data-health-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        <div className="page-actions">
          {/* A static file (scripts/make-excel-example.ts): an office fills it in and copies it to data/台账.xlsx. */}
          <a
            className="btn"
            href={`${import.meta.env.BASE_URL}ledger-template.xlsx`}
            download={t('templateFile')}
            title={t('templateHint')}
            data-testid="ledger-template"
          >
            {t('template')}
          </a>
          <button
            type="button"
            className="btn"
            onClick={() => void client.invalidateQueries()}
            data-testid="health-refresh"
          >
            {t('refresh')}
          </button>
        </div>
      </div>
      <p className="dh-intro">
        {t('intro')}{' '}
        <span>
          {t('source')}: <strong>{config.mock.enabled ? t('mock') : redactUrl(config.api.baseUrl)}</strong>
        </span>{' '}
        <span>
          {t('reportDate')}: <strong data-testid="as-of">{formatDate(shownAsOf, lang)}</strong>{' '}
          <span className="dh-muted" data-testid="report-date-from">
            {reportDate
              ? t(`reportFrom.${reportDate.from.kind}`, {
                  resource:
                    reportDate.from.kind === 'requested'
                      ? ''
                      : tc(`health.resource.${reportDate.from.resource}`),
                })
              : t('reportUnknown')}
          </span>
        </span>
      </p>
      <KeptCacheNotes />

      <Panel title={t('resources')} testId="health-resources">
        <ul className="dh-cards">
          {health.map((h) => (
            <ResourceCard key={h.resource} h={h} lang={lang} />
          ))}
        </ul>
      </Panel>

      <Panel title={t('issues')} testId="health-issues">
        <p className="dh-note">{t('issuesIntro')}</p>
        <div className="filter-bar" role="group" aria-label={t('col.resource')}>
          <button
            type="button"
            className="chip"
            aria-pressed={filter === null}
            onClick={() => setFilter(null)}
          >
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
              <span className="num">
                {h.result ? issueTotal(h.result.report).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : 0}
              </span>
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
                  {t('fieldCount', {
                    count: f.count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'),
                    listed: f.listed,
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <DataTable
          rows={issues}
          virtualizeAbove={200}
          columns={columns}
          rowKey={(r) => r.key}
          caption={t('issues')}
          csvName={t('csv')}
          asOf={shownAsOf}
          sortParam="issueSort"
          emptyText={t('noIssues')}
          testId="issues-table"
        />
      </Panel>
    </div>
  );
}

function ResourceCard({ h, lang }: { h: SourceHealth; lang: Lang }) {
  const { t } = useTranslation('data-health');
  const { t: tc } = useTranslation();
  const now = useNow();
  const search = useSharedSearch();
  const level = healthLevel(h);
  const report = h.result?.report;
  const playground = `/playground${search ? `${search}&` : '?'}resource=${h.resource}`;
  return (
    <li className={`dh-card dh-${level}`} data-testid={`health-card-${h.resource}`}>
      <div className="dh-card-head">
        <h3>
          {tc(`health.resource.${h.resource}`)} <span className="dh-code">{h.resource}</span>
        </h3>
        <span className={`dh-status dh-status-${level}`} data-testid={`health-status-${h.resource}`}>
          <span aria-hidden="true">{GLYPH[level]}</span> {t(`status.${level}`)}
        </span>
      </div>
      {level === 'notProvided' ? (
        <p className="dh-muted" data-testid={`health-not-provided-${h.resource}`}>
          {t('notProvidedNote')}
        </p>
      ) : (
        <dl className="dh-facts">
          <dt>{t('requests')}</dt>
          <dd>
            <ul className="dh-requests" data-testid={`health-requests-${h.resource}`}>
              {h.requests.map((r) => (
                <li key={r.name}>
                  {r.name === 'main' ? null : <span className="dh-req-name">${r.name}</span>}
                  <code>
                    {r.method} {readableUrl(r.shownUrl)}
                  </code>
                  {r.shownHeaders.length > 0 ? (
                    <span className="dh-headers" title={t('headers')}>
                      {' '}
                      [{r.shownHeaders.join(', ')}]
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('mapping')}</dt>
          <dd>
            {t(`mappingKind.${h.mapping}`)}
            {h.result?.mappingMs !== null && h.result?.mappingMs !== undefined ? (
              <span className="dh-muted"> · {t('mappedIn', { ms: h.result.mappingMs })}</span>
            ) : null}
          </dd>
          <dt>{t('rows')}</dt>
          <dd data-testid={`health-rows-${h.resource}`}>
            {report
              ? t('rowsValue', { received: report.received, kept: report.kept, dropped: report.dropped })
              : '—'}
          </dd>
          <dt>{t('asOf')}</dt>
          <dd>
            {/* A date the app assumed is not the source's: showing it would read as a claim (the report date rules). */}
            {h.result && !h.result.assumed.includes('asOf') ? formatDate(h.result.meta.asOf, lang) : '—'}
            {/* Only the date matters to a reader: an assumed source name or generation time changes no figure. */}
            {h.result?.assumed.includes('asOf') ? (
              <div className="dh-muted warn" data-testid={`health-assumed-${h.resource}`}>
                {t('assumed', { fields: t('assumedField.asOf') })}
              </div>
            ) : null}
          </dd>
          {h.result?.notes?.length ? (
            <>
              <dt>{t('sourceNotes')}</dt>
              <dd className="dh-muted warn" data-testid={`health-notes-${h.resource}`}>
                {h.result.notes.map((n) => (
                  <div key={n}>{n}</div>
                ))}
              </dd>
            </>
          ) : null}
          <dt>{t('lastSuccess')}</dt>
          <dd>
            {h.updatedAt > 0
              ? lang === 'zh'
                ? `${formatClock(h.updatedAt)}（${formatAge(h.updatedAt, now, lang)}）`
                : `${formatClock(h.updatedAt)} (${formatAge(h.updatedAt, now, lang)})`
              : t('never')}
          </dd>
        </dl>
      )}
      {h.error ? (
        <p className="notice error" role="alert" data-testid={`health-error-${h.resource}`}>
          <strong>{t('lastError')}</strong>
          {h.lastErrorAt > 0 ? ` ${formatClock(h.lastErrorAt)}` : ''}: {h.error.message}
          {h.updatedAt > 0 ? t('stale', { age: formatAge(h.updatedAt, now, lang) }) : ''}
        </p>
      ) : null}
      {h.error && 'detail' in h.error && h.error.detail ? (
        // The upstream body, here only: as text (React escapes it), URLs redacted, cut (ApiError.detail).
        <details className="dh-upstream" data-testid={`health-upstream-${h.resource}`}>
          <summary>{t('upstream')}</summary>
          <pre>{h.error.detail}</pre>
        </details>
      ) : null}
      <Link className="link dh-link" to={playground}>
        {t('playground')} →
      </Link>
    </li>
  );
}
