import { redactUrl } from '../../data/errors';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import { useReportStamp } from '../../components/report-stamp';
import { useConfig } from '../../data/config-context';
import { usePlanData } from '../../data/use-plan-data';
import { useSourceHealth } from '../../data/use-source-health';
import { formatDate } from '../../lib/format';
import { useAsOfParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import './data-health.css';
import './messages';
import { IssuesPanel } from './issues-panel';
import { KeptCacheNotes } from './kept-cache-notes';
import { ResourceCard } from './resource-card';

export function DataHealthPage() {
  const { t } = useTranslation('data-health');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const config = useConfig();
  const [asOf] = useAsOfParam();
  const health = useSourceHealth(asOf);
  const client = useQueryClient();
  const { reportDate } = usePlanData(asOf);
  const shownAsOf = reportDate?.date ?? null;
  useReportStamp(t('title'), shownAsOf);

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

      <IssuesPanel health={health} lang={lang} shownAsOf={shownAsOf} />
    </div>
  );
}
