import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { ClosablePanel } from '../../components/closable-panel';
import type { PlanAssessment } from '../../domain/metrics';
import type { Unit } from '../../domain/schemas';
import { formatPercent } from '../../lib/format';
import { nameIn, shortNameIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import { tasksOfUnit, type UnitRow } from './select-units';
import { RankMoveTag, TaskSection } from './unit-parts';

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
    <ClosablePanel
      title={`${t('selected')} · ${shortNameIn(unit, lang, unitId)}`}
      testId="selected-unit"
      className="selected-unit"
      closeLabel={t('clear')}
      closeTestId="clear-unit"
      onClose={onClear}
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
        <TaskSection title={t('leadTasks')} tasks={lead} testId="selected-lead-tasks" />
        <TaskSection title={t('coTasks')} tasks={co} testId="selected-co-tasks" />
      </div>
    </ClosablePanel>
  );
}
