import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { DataTable, tableText } from '../../components/data-table';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import type { Programme } from '../../domain/schemas';
import { nameIn, shortNameIn } from '../../lib/names';
import { useAsOfParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import { AreaPanels } from './area-panels';
import './messages';
import { useProgrammeColumns } from './programme-columns';
import { ProgrammeFilters } from './programme-filters';
import { ProgrammeKpis } from './programme-kpis';
import './programme.css';
import {
  evaluationDate,
  filterItems,
  groupByArea,
  pickProgramme,
  programmeItems,
  summarise,
} from './select-programme';
import { TargetsPanel } from './targets-panel';
import { useProgrammeFilters } from './use-programme-filters';
import { useStatusWord } from './use-status-word';

export function ProgrammePage() {
  const { t } = useTranslation('programme');
  const [asOfParam] = useAsOfParam();
  const state = usePlanAssessment(asOfParam);
  const programme = state.data ? pickProgramme(state.data.plan) : null;
  const evalDate = state.assessment && programme ? evaluationDate(state.assessment.asOf, programme) : null;
  const sameDate = evalDate === null || evalDate === state.assessment?.asOf;
  // The programme year's targets need the data at its year end; the same query as the page when the dates agree.
  const yearEndState = usePlanAssessment(sameDate ? asOfParam : evalDate);
  const yearEnd = sameDate ? state.assessment : yearEndState.assessment;
  const lang = useLang();
  return (
    <PageFrame
      needs={['workItems', 'indicators']}
      title={programme ? nameIn(programme, lang) : t('title')}
      testId="programme"
      state={state}
      requestedAsOf={asOfParam}
    >
      {(assessment, data) =>
        programme ? (
          <ProgrammeBody
            assessment={assessment}
            data={data}
            programme={programme}
            yearEnd={yearEnd}
            evalDate={evalDate ?? assessment.asOf}
          />
        ) : (
          <Panel title={t('title')}>
            <p className="panel-state">{t('noProgramme')}</p>
          </Panel>
        )
      }
    </PageFrame>
  );
}

interface BodyProps {
  assessment: PlanAssessment;
  data: PlanData;
  programme: Programme;
  yearEnd: PlanAssessment | null;
  evalDate: string;
}

function ProgrammeBody({ assessment, data, programme, yearEnd, evalDate }: BodyProps) {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const filters = useProgrammeFilters(programme);
  const { areaId, statuses } = filters;

  const unitById = useMemo(() => new Map(data.units.map((u) => [u.id, u])), [data.units]);
  const unitName = (id: string | undefined) => (id ? shortNameIn(unitById.get(id), lang, id) : '—');
  const items = useMemo(
    () => programmeItems(programme, assessment, yearEnd),
    [programme, assessment, yearEnd],
  );
  const shown = useMemo(() => filterItems(items, areaId, statuses), [items, areaId, statuses]);
  const groups = useMemo(() => groupByArea(programme, items, shown), [programme, items, shown]);
  const summary = useMemo(() => summarise(items, assessment.asOf), [items, assessment.asOf]);
  const year = programme.year;
  const statusWord = useStatusWord();
  const { itemColumns, targetColumns } = useProgrammeColumns({
    lang,
    programme,
    asOf: assessment.asOf,
    unitName,
    statusWord,
  });

  return (
    <>
      <p className="programme-summary">
        {t('summary', { name: nameIn(programme, lang), areas: programme.areas.length, items: items.length })}
      </p>
      <ProgrammeKpis
        summary={summary}
        atYearEnd={items.filter((x) => x.atYearEnd).length}
        year={year}
        evalDate={evalDate}
      />
      <ProgrammeFilters programme={programme} filters={filters} statusCounts={summary.counts} />

      {shown.length === 0 ? (
        <Panel title={t('title')} testId="programme-empty">
          <p className="panel-state" data-testid="no-items">
            {t('noItems')}
          </p>
        </Panel>
      ) : (
        <AreaPanels
          groups={groups}
          filtering={filters.any}
          asOf={assessment.asOf}
          year={year}
          unitName={unitName}
        />
      )}

      <TargetsPanel programme={programme} yearEnd={yearEnd} evalDate={evalDate} columns={targetColumns} />

      <Panel title={t('itemsTable.caption')} testId="items-table-panel">
        <DataTable
          rows={shown}
          columns={itemColumns}
          rowKey={(x) => x.item.id}
          text={tableText(t, 'itemsTable')}
          sortParam="sort"
          emptyText={t('noItems')}
          testId="items-table"
        />
      </Panel>
    </>
  );
}
