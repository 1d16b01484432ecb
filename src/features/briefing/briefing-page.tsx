import { redactUrl } from '../../data/errors';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { PageFrame } from '../../components/page-frame';
import { CauseBox, Unavailable, useMissingCause } from '../../components/resource-cause';
import { useConfig } from '../../data/config-context';
import { formatDate } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useSharedSearch } from '../../lib/url-state';
import { BriefingCharts } from './briefing-charts';
import { BehindTable, ChangesTable, IndicatorTable } from './briefing-tables';
import { BriefingWorkbookButton } from './briefing-workbook-button';
import './briefing.css';
import './messages';
import { useBriefing } from './use-briefing';
import { changeSummaryText, changesHeading } from './change-summary';

/** Printing a date stamp in the document's own language, to the minute. */
function stamp(lang: 'zh' | 'en'): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(iso, lang)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * 简报: the meeting pack as A4-landscape sheets. On screen the sheets are paper (light, whatever the theme),
 * so what you see is what prints; `@page` gives the size, margins and page numbers.
 */
export function BriefingPage() {
  const { t } = useTranslation('briefing');
  const tc = useTranslation().t;
  const config = useConfig();
  const b = useBriefing();
  const { lang, state, comparison, summary } = b;
  // "No changes" must not be said when either date's tasks are missing: the cause of the one that is.
  const tasksCause = useMissingCause(
    b.assessment?.overall === null ? state.resources : comparison.state.resources,
    'tasks',
  );
  const search = useSharedSearch();
  const palette = PALETTES.light;
  const actions = (
    <>
      <button type="button" className="btn" onClick={() => window.print()} data-testid="briefing-print">
        {t('print')}
      </button>
      <BriefingWorkbookButton b={b} />
      <Link className="btn" to={{ pathname: '/present', search }} data-testid="briefing-present">
        {t('present')}
      </Link>
    </>
  );

  return (
    <PageFrame
      needs={['tasks', 'indicators']}
      title={t('title')}
      testId="briefing"
      state={state}
      requestedAsOf={b.asOfParam}
      actions={actions}
    >
      {(assessment, data) => (
        <div className="brief" data-theme="light">
          <section className="sheet cover" data-testid="briefing-cover">
            <p className="cover-kicker">{t('coverKicker')}</p>
            <h2 className="cover-title">{t('coverTitle')}</h2>
            <p className="cover-plan">{nameIn(data.plan, lang)}</p>
            <dl className="cover-facts">
              <div>
                <dt>{t('asOf')}</dt>
                <dd data-testid="briefing-as-of">{formatDate(assessment.asOf, lang)}</dd>
              </div>
              <div>
                <dt>{t('compareWith')}</dt>
                <dd data-testid="briefing-compare">
                  {comparison.compareAsOf ? formatDate(comparison.compareAsOf, lang) : t('noCompare')}
                </dd>
              </div>
              <div>
                <dt>{t('source')}</dt>
                <dd>{config.mock.enabled ? tc('health.mock') : redactUrl(config.api.baseUrl)}</dd>
              </div>
              <div>
                <dt>{t('generated')}</dt>
                <dd>{stamp(lang)}</dd>
              </div>
            </dl>
            <CauseBox resources={state.resources} testId="briefing-warning-cover" />
            <p className="cover-foot">{t('preparedFor')}</p>
          </section>

          <section className="sheet" data-testid="briefing-summary">
            <h2>{t('summary')}</h2>
            <CauseBox resources={state.resources} testId="briefing-warning" />
            <div className="brief-summary">
              {summary.map((p) => (
                <p key={p.key} data-testid={`summary-${p.key}`}>
                  {p.text}
                </p>
              ))}
            </div>
          </section>

          <section className="sheet">
            <h2>{t('charts')}</h2>
            <BriefingCharts assessment={assessment} data={data} palette={palette} lang={lang} />
          </section>

          <section className="sheet">
            <h2>{t('behind')}</h2>
            <BehindTable b={b} />
          </section>

          <section className="sheet">
            <h2>{t('indicators')}</h2>
            <IndicatorTable b={b} />
          </section>

          <section className="sheet" data-testid="briefing-changes">
            <h2>{changesHeading(t, comparison.compareAsOf, lang)}</h2>
            {comparison.diff ? (
              <>
                <p className="brief-change-line">{changeSummaryText(t, comparison.diff)}</p>
                <ChangesTable b={b} />
              </>
            ) : (
              <p className="panel-state">
                {comparison.tasksMissing ? (
                  <Unavailable cause={tasksCause} />
                ) : comparison.state.pending ? (
                  tc('state.loading')
                ) : (
                  t('compareHint')
                )}
              </p>
            )}
          </section>
        </div>
      )}
    </PageFrame>
  );
}
