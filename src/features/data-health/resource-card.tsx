import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import type { SourceHealth } from '../../data/use-source-health';
import { formatAge, formatClock, formatDate, type Lang } from '../../lib/format';
import { useSharedSearch } from '../../lib/url-state';
import { useNow } from '../../lib/use-now';
import './messages';
import { healthLevel, readableUrl, type HealthLevel } from './select-issues';

const GLYPH: Record<HealthLevel, string> = { ok: '✓', warn: '!', error: '✕', pending: '…', notProvided: '–' };

/** One resource: how it is fetched and mapped, what arrived, when, and its last error with the upstream body. */
export function ResourceCard({ h, lang }: { h: SourceHealth; lang: Lang }) {
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
