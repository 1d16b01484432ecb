import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { DataTable } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import {
  assessIndicator,
  type IndicatorAssessment,
  type PlanAssessment,
  type PlanData,
} from '../../domain/metrics';
import type { Indicator } from '../../domain/schemas';
import { formatDate } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useSharedSearch } from '../../lib/url-state';
import { useLang, useTheme } from '../../stores/ui-store';
import { DetailAbout } from './detail-about';
import { useDetailColumns } from './detail-columns';
import { DetailHistoryPanel } from './detail-history-panel';
import { DetailKpis } from './detail-kpis';
import { targetYears } from './evaluate-year';
import { useYearParam } from './use-year-param';
import { formatIndicatorValue } from './format-indicator';
import { useIndicatorWords } from './use-indicator-words';
import { YearChips } from './year-chips';
import './indicators.css';
import './messages';
import { observationRows, targetRows } from './select-detail';

export function IndicatorDetailPage() {
  const { t } = useTranslation('indicators');
  const lang = useLang();
  const { indicatorId = '' } = useParams();
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const found = state.data?.indicators.find((x) => x.id === indicatorId);
  return (
    <PageFrame
      title={found ? nameIn(found, lang) : t('detailTitle')}
      testId="indicator-detail"
      state={state}
      requestedAsOf={asOfParam}
      actions={<BackLink />}
    >
      {(assessment, data) =>
        found ? (
          <DetailBody indicator={found} assessment={assessment} data={data} />
        ) : (
          <NotFound id={indicatorId} />
        )
      }
    </PageFrame>
  );
}

function BackLink({ testId = 'back-to-indicators' }: { testId?: string }) {
  const { t } = useTranslation('indicators');
  const search = useSharedSearch();
  return (
    <Link className="btn ghost" to={{ pathname: '/indicators', search }} data-testid={testId}>
      ← {t('detail.back')}
    </Link>
  );
}

function NotFound({ id }: { id: string }) {
  const { t } = useTranslation('indicators');
  return (
    <section className="panel ind-not-found" data-testid="indicator-not-found">
      <h2>{t('detail.notFound', { id })}</h2>
      <p>{t('detail.notFoundHint')}</p>
      <BackLink testId="not-found-back" />
    </section>
  );
}

interface BodyProps {
  indicator: Indicator;
  assessment: PlanAssessment;
  data: PlanData;
}

function DetailBody({ indicator: ind, assessment, data }: BodyProps) {
  const { t } = useTranslation('indicators');
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const { thresholds } = useConfig();
  const search = useSharedSearch();

  const years = useMemo(() => targetYears([ind], assessment.asOf), [ind, assessment.asOf]);
  const { year, date, setYear } = useYearParam(years, assessment.asOf);
  const a: IndicatorAssessment = useMemo(
    () =>
      (date === assessment.asOf
        ? assessment.indicators.find((x) => x.indicator.id === ind.id)?.a
        : undefined) ?? assessIndicator(ind, date, thresholds),
    [date, assessment, ind, thresholds],
  );

  const words = useIndicatorWords();
  const fmt = (v: number | null | undefined, role: 'actual' | 'target' = 'actual') =>
    formatIndicatorValue(v, ind, lang, words, role);
  const { targetColumns, observationColumns } = useDetailColumns(ind, lang, fmt);
  const targets = useMemo(() => targetRows(ind, date, thresholds), [ind, date, thresholds]);
  const observations = useMemo(() => observationRows(ind, date, thresholds), [ind, date, thresholds]);

  return (
    <>
      {years.length > 1 ? (
        <div className="filter-bar" data-testid="detail-years">
          <YearChips years={years} year={year} setYear={setYear} labelId="ind-detail-year" />
          {year !== null ? (
            <span className="ind-evaluated" role="status" data-testid="evaluated-at">
              {t('evaluatedAt', { year, date: formatDate(date, lang) })}
            </span>
          ) : null}
        </div>
      ) : null}

      <div className="ind-detail-top">
        <DetailKpis a={a} date={date} fmt={fmt} lang={lang} />
        <DetailAbout ind={ind} a={a} tasks={data.tasks} search={search} lang={lang} />
      </div>

      <DetailHistoryPanel ind={ind} a={a} date={date} palette={palette} lang={lang} />

      <div className="ind-detail-grid">
        <Panel title={t('detail.targets')} testId="indicator-targets">
          <DataTable
            rows={targets}
            columns={targetColumns}
            rowKey={(r) => `${r.target.period.start}-${r.target.period.end}-${r.target.value}`}
            text={{ caption: t('detail.targetsCaption'), csvName: `${t('detail.targetsCsv')}-${ind.id}` }}
            asOf={date}
            sortParam="tsort"
            testId="targets-table"
          />
        </Panel>
        <Panel title={t('detail.observations')} testId="indicator-observations">
          <DataTable
            rows={observations}
            columns={observationColumns}
            rowKey={(r) => `${r.date}-${r.index}`}
            text={{
              caption: t('detail.observationsCaption'),
              csvName: `${t('detail.observationsCsv')}-${ind.id}`,
            }}
            asOf={date}
            sortParam="osort"
            defaultSort="-date"
            testId="observations-table"
          />
        </Panel>
      </div>
    </>
  );
}
