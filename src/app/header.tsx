import { useTranslation } from '../lib/i18n';
import { Link, NavLink } from '../lib/router';
import { freshnessOf, healthSummary } from '../data/health-summary';
import { usePlanData } from '../data/use-plan-data';
import { formatAge, formatClock } from '../lib/format';
import { useAsOfParam, useCompareParam, useSharedSearch } from '../lib/url-state';
import { useNow } from '../lib/use-now';
import { useConfig } from '../data/config-context';
import { defaultCompareDate } from '../domain/metrics';
import { useLang, useTheme, useUiActions } from '../stores/ui-store';
import { NAV_ITEMS } from './nav';

/** "⚠ 2 项异常 · 丢弃 5 行", linking to the data-health page; nothing when all is well. */
function HealthLink() {
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
  return (
    <Link
      className={`health-link ${summary.level}`}
      to={{ pathname: '/data-health', search }}
      data-testid="health-link"
    >
      ⚠ {parts.join(' · ')}
    </Link>
  );
}

function Freshness() {
  const { t } = useTranslation();
  const lang = useLang();
  const [asOf] = useAsOfParam();
  const { resources } = usePlanData(asOf);
  const now = useNow();
  // The oldest resource a view depends on sets its age, never the freshest.
  const f = freshnessOf(resources);
  if (f.kind === 'loading') return <span className="freshness">{t('health.loading')}</span>;
  if (f.kind === 'missing') {
    return (
      <span className="freshness stale" role="status" data-testid="freshness">
        ⚠{' '}
        {f.resources
          .map((r) => t('health.causeMissing', { resource: t(`health.resource.${r}`) }))
          .join(' · ')}
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
      <span className="freshness stale" role="status" data-testid="freshness">
        ⚠ {text}
      </span>
    );
  }
  return (
    <span className="freshness" data-testid="freshness">
      {t('health.updated', { time: formatClock(f.at) })}
    </span>
  );
}

export function Header() {
  const { t } = useTranslation();
  const theme = useTheme();
  const { themeToggled, languageToggled } = useUiActions();
  const [asOf, setAsOf] = useAsOfParam();
  const [compare, setCompare] = useCompareParam();
  const search = useSharedSearch();
  // With no date in the URL the field shows the date the source answered for.
  const shownAsOf = usePlanData(asOf).asOf ?? '';
  // The compare date in force is always on show: the one chosen, or the default with a word saying so.
  const { compareMonths } = useConfig();
  const shownCompare = compare ?? (shownAsOf ? defaultCompareDate(shownAsOf, compareMonths) : '');
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          0
        </span>
        <span className="brand-title">{t('app.title')}</span>
      </div>
      <div className="app-controls">
        <label className="date-control">
          <span>{t('controls.asOf')}</span>
          <input
            type="date"
            value={asOf ?? shownAsOf}
            min="2019-01-01"
            max="2099-12-31"
            onChange={(e) => setAsOf(e.target.value || null)}
            data-testid="as-of-input"
          />
        </label>
        {asOf ? (
          <button type="button" className="btn ghost" onClick={() => setAsOf(null)}>
            {t('controls.latest')}
          </button>
        ) : null}
        <label className="date-control">
          <span>{t('controls.compare')}</span>
          <input
            type="date"
            value={shownCompare}
            min="2019-01-01"
            max="2099-12-31"
            onChange={(e) => setCompare(e.target.value || null)}
            data-testid="compare-input"
            aria-describedby={compare === null && shownCompare ? 'compare-default-hint' : undefined}
          />
          {compare === null && shownCompare ? (
            <span
              id="compare-default-hint"
              className="date-default"
              title={t('controls.compareDefaultHint', { months: compareMonths })}
              data-testid="compare-default"
            >
              {t('controls.compareDefault')}
            </span>
          ) : null}
        </label>
        {compare !== null ? (
          <button
            type="button"
            className="btn ghost"
            onClick={() => setCompare(null)}
            data-testid="compare-reset"
          >
            {t('controls.compareReset')}
          </button>
        ) : null}
        <Freshness />
        <HealthLink />
        <button
          type="button"
          className="btn ghost"
          onClick={languageToggled}
          aria-label={t('controls.languageLabel')}
          data-testid="lang-toggle"
        >
          {t('controls.language')}
        </button>
        <button type="button" className="btn ghost" onClick={themeToggled} data-testid="theme-toggle">
          {theme === 'dark' ? t('controls.light') : t('controls.dark')}
        </button>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {NAV_ITEMS.map((item) => (
          <NavLink
            key={item.key}
            to={{ pathname: item.path, search }}
            end={item.end}
            data-testid={`nav-${item.key}`}
          >
            {t(`nav.${item.key}`)}
          </NavLink>
        ))}
      </nav>
    </header>
  );
}
