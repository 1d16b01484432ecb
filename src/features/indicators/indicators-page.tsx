import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { DataTable } from '../../components/data-table';
import { PlanPage } from '../../components/plan-page';
import { Panel } from '../../components/panel';
import { useConfig } from '../../data/config-context';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { PALETTES } from '../../lib/palette';
import { useSharedSearch } from '../../lib/url-state';
import { useLang, useTheme } from '../../stores/ui-store';
import { BulletPanel } from './bullet-panel';
import { assessIndicatorsAt, targetYears } from './evaluate-year';
import { FunctionRollupPanel } from './function-rollup-panel';
import { useIndicatorColumns } from './indicator-columns';
import { IndicatorFilters } from './indicator-filters';
import { useIndicatorFilters } from './use-indicator-filters';
import { useYearParam } from './use-year-param';
import './indicators.css';
import './messages';
import { countByStatus, filterIndicators, rollupByFunction, statusKey } from './select-indicators';

export function IndicatorsPage() {
  const { t } = useTranslation('indicators');
  return (
    <PlanPage needs={['indicators']} title={t('title')} testId="indicators">
      {(assessment, data) => <IndicatorsBody assessment={assessment} data={data} />}
    </PlanPage>
  );
}

/** The shared report dates plus this view's target year, so the detail page judges the same year. */
function useDetailSearch(year: number | null): string {
  const shared = useSharedSearch();
  if (year === null) return shared;
  const p = new URLSearchParams(shared);
  p.set('year', String(year));
  return `?${p.toString()}`;
}

function IndicatorsBody({ assessment, data }: { assessment: PlanAssessment; data: PlanData }) {
  const { t } = useTranslation('indicators');
  const lang = useLang();
  const palette = PALETTES[useTheme()];
  const { thresholds } = useConfig();

  const years = useMemo(
    () => targetYears(data.indicators, assessment.asOf),
    [data.indicators, assessment.asOf],
  );
  const yearParam = useYearParam(years, assessment.asOf);
  const { year, date } = yearParam;
  const filters = useIndicatorFilters(yearParam);
  const { fn, statuses } = filters;
  const detailSearch = useDetailSearch(year);
  const columns = useIndicatorColumns(lang, detailSearch);

  const all = useMemo(
    () =>
      date === assessment.asOf
        ? assessment.indicators
        : assessIndicatorsAt(data.indicators, date, thresholds),
    [date, assessment, data.indicators, thresholds],
  );
  const rows = useMemo(() => filterIndicators(all, { fn, statuses }), [all, fn, statuses]);
  const rollups = useMemo(() => rollupByFunction(all), [all]);
  const statusCounts = useMemo(
    () => countByStatus(fn ? filterIndicators(all, { fn, statuses: [] }) : all),
    [all, fn],
  );

  return (
    <>
      <IndicatorFilters filters={filters} yearParam={yearParam} years={years} statusCounts={statusCounts} />
      <FunctionRollupPanel rollups={rollups} functions={data.plan.functions} fn={fn} setFn={filters.setFn} />
      <BulletPanel rows={rows} palette={palette} lang={lang} date={date} detailSearch={detailSearch} />
      <Panel title={t('table')} testId="indicator-table">
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(x) => x.indicator.id}
          text={{ caption: t('tableCaption'), csvName: t('csvName') }}
          asOf={date}
          emptyText={t('noMatch')}
          testId="indicators-table"
          rowClassName={(x) => `ind-row status-row-${statusKey(x)}`}
        />
      </Panel>
    </>
  );
}
