import { useTranslation } from '../../lib/i18n';
import { DataTable, tableText } from '../../components/data-table';
import { PlanPage } from '../../components/plan-page';
import { Panel } from '../../components/panel';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import './messages';
import { RankBoardPanel } from './rank-board-panel';
import { RankingPanel } from './ranking-panel';
import { SelectedUnit } from './selected-unit';
import { UnitCardsPanel } from './unit-cards-panel';
import { useUnitColumns } from './unit-columns';
import { UnitFilters } from './unit-filters';
import { useUnitsView } from './use-units-view';
import './units.css';

export function UnitsPage() {
  const { t } = useTranslation('units');
  return (
    <PlanPage needs={['tasks']} title={t('title')} testId="units">
      {(assessment, data, pending) => <UnitsBody assessment={assessment} data={data} complete={!pending} />}
    </PlanPage>
  );
}

interface BodyProps {
  assessment: PlanAssessment;
  data: PlanData;
  complete: boolean;
}

function UnitsBody({ assessment, data, complete }: BodyProps) {
  const { t } = useTranslation('units');
  const view = useUnitsView(assessment, data, complete);
  const columns = useUnitColumns(view);
  const { shown, rows, selectedId, setUnit, unitById } = view;

  return (
    <>
      <UnitFilters view={view} units={data.units} />

      {selectedId ? (
        <SelectedUnit
          assessment={assessment}
          unitId={selectedId}
          unit={unitById.get(selectedId)}
          row={rows.find((r) => r.unitId === selectedId)}
          onClear={() => setUnit(null)}
        />
      ) : null}

      <div className="units-top">
        <RankingPanel shown={shown} selectedId={selectedId} setUnit={setUnit} asOf={assessment.asOf} />
        <RankBoardPanel view={view} />
      </div>

      <UnitCardsPanel view={view} />

      <Panel title={t('table.caption')} testId="units-table">
        <DataTable
          rows={shown}
          columns={columns}
          rowKey={(r) => r.unitId}
          text={tableText(t, 'table')}
          sortParam="sort"
          emptyText={t('empty')}
          testId="units-data-table"
          rowClassName={(r) => (r.unitId === selectedId ? 'row-selected' : undefined)}
        />
      </Panel>
    </>
  );
}
