import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePlanData } from '../data/use-plan-data';
import { formatAge, formatClock } from '../lib/format';
import { useAsOfParam } from '../lib/url-state';
import { useNow } from '../lib/use-now';
import { useLang, useTheme, useUiActions } from '../stores/ui-store';

function Freshness() {
  const { t } = useTranslation();
  const lang = useLang();
  const [asOf] = useAsOfParam();
  const { resources } = usePlanData(asOf);
  const now = useNow();
  const updated = Math.max(0, ...resources.map((r) => r.updatedAt));
  const failing = resources.filter((r) => r.error);
  if (updated === 0) return <span className="freshness">{t('health.loading')}</span>;
  if (failing.length > 0) {
    return (
      <span className="freshness stale" role="status" data-testid="freshness">
        ⚠ {t('health.stale', { time: formatClock(updated), age: formatAge(updated, now, lang) })}
      </span>
    );
  }
  return (
    <span className="freshness" data-testid="freshness">
      {t('health.updated', { time: formatClock(updated) })}
    </span>
  );
}

export function Header() {
  const { t } = useTranslation();
  const theme = useTheme();
  const { themeToggled, languageToggled } = useUiActions();
  const [asOf, setAsOf] = useAsOfParam();
  // With no date in the URL the field shows the date the source answered for.
  const shownAsOf = usePlanData(asOf).asOf ?? '';
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
      <nav className="app-nav" aria-label="main">
        <NavLink to={{ pathname: '/', search: asOf ? `?asOf=${asOf}` : '' }} end>
          {t('nav.overview')}
        </NavLink>
      </nav>
      <div className="app-controls">
        <label className="as-of-control">
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
        <Freshness />
        <button type="button" className="btn ghost" onClick={languageToggled} aria-label={t('controls.languageLabel')} data-testid="lang-toggle">
          {t('controls.language')}
        </button>
        <button type="button" className="btn ghost" onClick={themeToggled} data-testid="theme-toggle">
          {theme === 'dark' ? t('controls.light') : t('controls.dark')}
        </button>
      </div>
    </header>
  );
}
