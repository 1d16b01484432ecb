import { useTranslation } from '../../lib/i18n';
import { Link, useParams } from '../../lib/router';
import { PageFrame } from '../../components/page-frame';
import { Panel } from '../../components/panel';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { nameIn } from '../../lib/names';
import { useAsOfParam, useSharedSearch } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import { buildTaskRows } from './filter-tasks';
import { LinkedIndicators, MilestonesTable, NotesTable, TaskFacts, TaskKpis } from './task-detail-parts';
import { TaskProgressPanel } from './task-progress-panel';
import './messages';
import './tasks.css';

export function TaskDetailPage() {
  const { t } = useTranslation('tasks');
  const lang = useLang();
  const { taskId = '' } = useParams();
  const [asOfParam] = useAsOfParam();
  const shared = useSharedSearch();
  const state = usePlanAssessment(asOfParam);
  const task = state.data?.tasks.find((x) => x.id === taskId);
  const title = task ? nameIn(task, lang) : state.data ? t('detail.notFound') : t('ledger.title');

  return (
    <PageFrame
      title={title}
      testId="task-detail"
      state={state}
      requestedAsOf={asOfParam}
      actions={
        <Link className="btn ghost small back-link" to={`/tasks${shared}`} data-testid="back-to-ledger">
          ← {t('detail.back')}
        </Link>
      }
    >
      {(assessment, data) => (
        <TaskDetail taskId={taskId} assessment={assessment} data={data} shared={shared} />
      )}
    </PageFrame>
  );
}

interface BodyProps {
  taskId: string;
  assessment: PlanAssessment;
  data: PlanData;
  shared: string;
}

function TaskDetail({ taskId, assessment, data, shared }: BodyProps) {
  const { t } = useTranslation('tasks');
  const assessed = assessment.tasks.filter((x) => x.task.id === taskId);
  const row = buildTaskRows(assessed, data.plan.aspects, data.units, assessment.asOf)[0];

  if (!row) {
    return (
      <Panel title={t('detail.notFound')} testId="task-not-found">
        <div role="alert" className="not-found">
          <p>{t('detail.notFoundText', { id: taskId })}</p>
          <Link className="link" to={`/tasks${shared}`}>
            ← {t('detail.back')}
          </Link>
        </div>
      </Panel>
    );
  }

  return (
    <div className="task-detail-grid">
      <TaskKpis row={row} />
      <TaskFacts row={row} functions={data.plan.functions} />
      <TaskProgressPanel row={row} asOf={assessment.asOf} />
      <MilestonesTable row={row} asOf={assessment.asOf} />
      <LinkedIndicators indicators={assessment.indicators} taskId={row.task.id} shared={shared} />
      <NotesTable row={row} asOf={assessment.asOf} />
    </div>
  );
}
