import { useEffect } from 'react';
import {
  allFresh,
  buildId,
  describeNode,
  fetchedAt,
  KEPT_HEADLINE_VERSION,
  saveKeptHeadline,
} from '../data/kept-headline';
import type { PlanDataState } from '../data/use-plan-data';
import { formatClock, formatDate } from '../lib/format';
import { useTranslation } from '../lib/i18n';
import { useLang } from '../stores/ui-store';

const pad = (n: number) => String(n).padStart(2, '0');
/** The device's local date of a time, as an ISO date. */
function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** How long the figures must stay unchanged before they are kept (a deferred render has caught up). */
const SETTLE_MS = 500;

/**
 * Keeps the overview's headline row (`selector`, inside the page) each time it shows fresh figures.
 * `shown` is what the row was rendered from (its identity changes with the figures).
 */
export function useKeptHeadline(state: PlanDataState, shown: unknown, selector: string): void {
  const { t } = useTranslation();
  const lang = useLang();
  const fresh = allFresh(state);
  const at = fresh ? fetchedAt(state) : 0;
  const asOf = state.asOf;
  useEffect(() => {
    const config = window.__zerobayConfigHash;
    if (!fresh || !shown || !asOf || !config) return;
    const id = setTimeout(() => {
      const row = document.querySelector(selector);
      const described = row ? describeNode(row) : null;
      if (!described) return;
      const fetched = `${formatDate(localDay(at), lang)} ${formatClock(at)}`;
      saveKeptHeadline({
        v: KEPT_HEADLINE_VERSION,
        config,
        build: buildId(),
        path: window.location.pathname,
        search: window.location.search,
        lang,
        note: t('kept.headline', { asOf: formatDate(asOf, lang), time: fetched }),
        row: described,
      });
    }, SETTLE_MS);
    return () => clearTimeout(id);
  }, [fresh, shown, asOf, at, lang, t, selector]);
}
