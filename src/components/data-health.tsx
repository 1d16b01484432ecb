import { useTranslation } from '../lib/i18n';
import type { ResourceState } from '../data/use-plan-data';
import { describeIssue } from '../data/validation-report';
import { freshnessOf } from '../data/health-summary';
import { causeSentence } from './resource-cause';
import { formatAge, formatClock, formatDate, type Lang } from '../lib/format';
import { useNow } from '../lib/use-now';

interface Props {
  resources: ResourceState[];
  asOf: string | null;
  requestedAsOf: string | null;
  sourceLabel: string;
  lang: Lang;
}

/**
 * A resource worth a leader's eye: it failed, dropped rows or came back empty. The routine row counts
 * ("任务 15/15 行") are the staff's business and live on /data-health.
 */
const notable = (r: ResourceState) =>
  Boolean(r.error) || (r.report ? r.report.dropped > 0 || r.report.received === 0 : false);

/**
 * Source, as-of date, last refresh, rows dropped and why, and every failing resource by name. Resources that
 * arrived whole are not listed: the header's health summary and /data-health carry their counts.
 */
export function DataHealth({ resources, asOf, requestedAsOf, sourceLabel, lang }: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const freshness = freshnessOf(resources);
  const updated = freshness.kind === 'fresh' || freshness.kind === 'stale' ? freshness.at : 0;
  const failing = resources.filter((r) => r.error);
  const dropped = resources.reduce((n, r) => n + (r.report?.dropped ?? 0), 0);
  const clamped = requestedAsOf && asOf && requestedAsOf !== asOf;
  const listed = resources.filter(notable);

  return (
    <div className="data-health" data-testid="data-health">
      <p className="data-health-line">
        <span>
          {t('health.source')}: <strong>{sourceLabel}</strong>
        </span>
        <span>
          {t('health.asOf')}:{' '}
          <strong className="as-of-value" data-testid="as-of">
            {formatDate(asOf, lang)}
          </strong>
        </span>
        <span className="updated-at">
          {updated > 0
            ? t('health.updated', { time: formatClock(updated) })
            : freshness.kind === 'missing'
              ? '—'
              : t('health.loading')}
        </span>
        {dropped > 0 ? <span className="warn">{t('health.dropped', { count: dropped })}</span> : null}
      </p>
      {clamped ? (
        <p className="notice warn" role="status">
          {t(requestedAsOf > asOf ? 'health.clamped' : 'health.clampedEarlier', {
            date: formatDate(asOf, lang),
          })}
        </p>
      ) : null}
      {failing.map((r) => (
        // A plain sentence for leaders; what the server or parser said stays behind the disclosure.
        <div key={r.resource} className="notice error" role="alert" data-testid={`error-${r.resource}`}>
          <strong>
            {causeSentence(r, t) ??
              t('health.causeMissing', { resource: t(`health.resource.${r.resource}`) })}
          </strong>
          {r.updatedAt > 0 && now - r.updatedAt >= 60_000 ? (
            <span className="stale"> · {formatAge(r.updatedAt, now, lang)}</span>
          ) : null}
          <details className="no-print">
            <summary>{t('health.technical')}</summary>
            <span className="error-detail">{r.error?.message}</span>
          </details>
        </div>
      ))}
      {listed.length > 0 ? (
        <ul className="data-health-resources">
          {listed.map((r) => (
            <li key={r.resource} className={r.error ? 'error' : r.report?.dropped ? 'warn' : ''}>
              <span className="res-name">{t(`health.resource.${r.resource}`)}</span>{' '}
              <span className="res-rows">
                {r.status === 'notProvided'
                  ? t('health.notProvided')
                  : r.report
                    ? t('health.rows', { kept: r.report.kept, received: r.report.received })
                    : r.status === 'error'
                      ? t('health.failed')
                      : t('health.loading')}
              </span>
              {r.report && r.report.issues.length > 0 ? (
                <details>
                  <summary>{t('health.dropped', { count: r.report.dropped })}</summary>
                  <ul className="issues">
                    {r.report.issues.slice(0, 50).map((i, k) => (
                      <li key={k} data-testid="row-issue">
                        {describeIssue(i)}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
