import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import type { PlanAssessment } from '../../domain/metrics';
import type { Unit } from '../../domain/schemas';
import { formatPercent } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import { tasksOfUnit, type UnitRow } from './select-units';
import { RankMoveTag, TaskList } from './unit-parts';

interface SelectedUnitProps {
  assessment: PlanAssessment;
  unitId: string;
  unit: Unit | undefined;
  row: UnitRow | undefined;
  onClear: () => void;
}

/** The chosen unit: its rank and figures, the tasks it leads and those it shares. */
export function SelectedUnit({ assessment, unitId, unit, row, onClear }: SelectedUnitProps) {
  const { t } = useTranslation('units');
  const lang = useLang();
  const { lead, co } = useMemo(() => tasksOfUnit(assessment, unitId), [assessment, unitId]);
  return (
    <Panel
      title={`${t('selected')} · ${shortNameIn(unit, lang, unitId)}`}
      testId="selected-unit"
      className="selected-unit"
      actions={
        <button type="button" className="btn ghost small" onClick={onClear} data-testid="clear-unit">
          {t('clear')}
        </button>
      }
    >
      <p className="selected-unit-facts">
        <strong>{unit ? nameIn(unit, lang) : unitId}</strong>
        {unit ? <span className="muted"> · {t(`kinds.${unit.kind}`)}</span> : null}
        {row ? (
          <>
            <span> · {t('rankOf', { rank: row.rank })}</span> <RankMoveTag move={row.move} />
            <span className="muted">
              {' '}
              · {t('completion')} {formatPercent(row.meanProgress)} / {t('timeProgress')}{' '}
              {formatPercent(row.meanTimeProgress)}
            </span>
          </>
        ) : (
          <span className="muted"> · {t('notLead')}</span>
        )}
      </p>
      <div className="selected-unit-lists">
        <section>
          <h3>
            {t('leadTasks')} <span className="num muted">{lead.length}</span>
          </h3>
          <TaskList tasks={lead} testId="selected-lead-tasks" />
        </section>
        <section>
          <h3>
            {t('coTasks')} <span className="num muted">{co.length}</span>
          </h3>
          <TaskList tasks={co} testId="selected-co-tasks" />
        </section>
      </div>
    </Panel>
  );
}
