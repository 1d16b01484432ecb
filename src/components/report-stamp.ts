import { useEffect } from 'react';
import { redactUrl } from '../data/errors';
import { useConfig } from '../data/config-context';
import { formatDate } from '../lib/format';
import { useTranslation } from '../lib/i18n';
import { useLang } from '../stores/ui-store';

/** What a printed page and an exported picture say about where they come from. */
export interface ReportStamp {
  /** The view's title, e.g. "任务台账". */
  title: string;
  /** The report date as read ("2025年12月31日"), or "—" when the data has none yet. */
  date: string;
  /** "数据截至" / "Report date". */
  dateLabel: string;
  /** The source's name ("内置模拟数据", or the API address without credentials). */
  source: string;
  sourceLabel: string;
  app: string;
}

let current: ReportStamp | null = null;

/** The stamp of the view on screen; null before one has mounted. */
export const currentReportStamp = (): ReportStamp | null => current;

/** A CSS string literal: the text is data, never CSS. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n\f]+/g, ' ')}"`;

const PROPS = ['--print-head', '--print-source', '--print-app'] as const;

/**
 * The view's title, report date and source, for paper and pictures: set as custom properties on the root, which
 * the page's margin boxes print on every sheet (src/app/print.css), and kept for the PNG export. Every view calls
 * it once (PageFrame does for the views built on it).
 */
export function useReportStamp(title: string, asOf: string | null): void {
  const { t } = useTranslation();
  const lang = useLang();
  const config = useConfig();
  const source = config.mock.enabled ? t('health.mock') : redactUrl(config.api.baseUrl);
  const date = asOf ? formatDate(asOf, lang) : '—';
  const dateLabel = t('health.asOf');
  const sourceLabel = t('health.source');
  const app = t('app.shortTitle');
  useEffect(() => {
    const stamp: ReportStamp = { title, date, dateLabel, source, sourceLabel, app };
    current = stamp;
    const style = document.documentElement.style;
    style.setProperty('--print-head', cssString(`${title} · ${dateLabel}: ${date}`));
    style.setProperty('--print-source', cssString(`${sourceLabel}: ${source}`));
    style.setProperty('--print-app', cssString(app));
    return () => {
      if (current !== stamp) return;
      current = null;
      for (const p of PROPS) style.removeProperty(p);
    };
  }, [title, date, dateLabel, source, sourceLabel, app]);
}
