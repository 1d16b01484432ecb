import { useTranslation } from '../lib/i18n';
import { usePlanData } from '../data/use-plan-data';
import { useAsOfParam, useCompareParam } from '../lib/url-state';
import { useConfig } from '../data/config-context';
import { defaultCompareDate } from '../domain/metrics';
import { useTheme, useUiActions } from '../stores/ui-store';

/** The report and compare dates, with their resets. */
export function DateControls() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useAsOfParam();
  const [compare, setCompare] = useCompareParam();
  // With no date in the URL the field shows the date the source answered for.
  const shownAsOf = usePlanData(asOf).asOf ?? '';
  // The compare date in force is always on show: the one chosen, or the default with a word saying so.
  const { compareMonths } = useConfig();
  const shownCompare = compare ?? (shownAsOf ? defaultCompareDate(shownAsOf, compareMonths) : '');
  return (
    <>
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
    </>
  );
}

/** Language and theme. */
export function Switches() {
  const { t } = useTranslation();
  const theme = useTheme();
  const { themeToggled, languageToggled } = useUiActions();
  return (
    <>
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
    </>
  );
}
