import { useTranslation } from '../lib/i18n';
import { Link } from '../lib/router';
import { freshnessOf, healthSummary } from '../data/health-summary';
import { usePlanData } from '../data/use-plan-data';
import { formatAge, formatClock } from '../lib/format';
import { useAsOfParam, useSharedSearch } from '../lib/url-state';
import { useNow } from '../lib/use-now';
import { useLang } from '../stores/ui-store';

/**
 * "⚠ 2 项异常 · 丢弃 5 行", linking to the data-health page; nothing when all is well. The routine row counts
 * live on that page, so this is the leaders' one sign that a source failed or dropped rows.
 */
export function HealthLink() {
  const { t } = useTranslation();
  const [asOf] = useAsOfParam();
  const search = useSharedSearch();
  const { resources } = usePlanData(asOf);
  const summary = healthSummary(resources);
  if (summary.level === 'ok') return null;
  const parts = [
    summary.failing.length ? t('health.failingCount', { count: summary.failing.length }) : null,
    summary.dropped ? t('health.dropped', { count: summary.dropped }) : null,
  ].filter(Boolean);
  const text = `⚠ ${parts.join(' · ')}`;
  return (
    <Link
      className={`health-link ${summary.level}`}
      to={{ pathname: '/data-health', search }}
      title={text}
      data-testid="health-link"
    >
      {text}
    </Link>
  );
}

/**
 * When the data was last refreshed, linking to the row counts and sources on /data-health. `short`: on a
 * phone's one-row header a fresh answer shows only its time, the sentence being its label.
 */
export function Freshness({ short = false }: { short?: boolean }) {
  const search = useSharedSearch();
  return (
    <Link className="freshness-link" to={{ pathname: '/data-health', search }}>
      <FreshnessText short={short} />
    </Link>
  );
}

/** Stale or missing data says so, in the watch colour, never "updated" alone. */
function FreshnessText({ short }: { short: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [asOf] = useAsOfParam();
  const { resources } = usePlanData(asOf);
  const now = useNow();
  // The oldest resource a view depends on sets its age, never the freshest.
  const f = freshnessOf(resources);
  if (f.kind === 'loading') return <span className="freshness">{t('health.loading')}</span>;
  if (f.kind === 'missing') {
    const text = f.resources
      .map((r) => t('health.causeMissing', { resource: t(`health.resource.${r}`) }))
      .join(' · ');
    return (
      <span className="freshness stale" role="status" title={text} data-testid="freshness">
        ⚠ {text}
      </span>
    );
  }
  if (f.kind === 'stale') {
    // "Stale" and "just now" never together: under a minute, only the time.
    const text =
      now - f.at < 60_000
        ? t('health.staleRecent', { time: formatClock(f.at) })
        : t('health.stale', { time: formatClock(f.at), age: formatAge(f.at, now, lang) });
    return (
      <span className="freshness stale" role="status" title={text} data-testid="freshness">
        ⚠ {text}
      </span>
    );
  }
  const text = t('health.updated', { time: formatClock(f.at) });
  return short ? (
    <span className="freshness" data-testid="freshness" title={text} aria-label={text}>
      {formatClock(f.at)}
    </span>
  ) : (
    <span className="freshness" data-testid="freshness">
      {text}
    </span>
  );
}
