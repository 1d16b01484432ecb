import { useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useSearchParams } from '../../lib/router';
import { DataTable, tableText } from '../../components/data-table';
import { PlanPage } from '../../components/plan-page';
import { Panel } from '../../components/panel';
import type { PlanAssessment, PlanData } from '../../domain/metrics';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import type { ProjectKind, ProjectStatus } from '../../domain/schemas';
import { shortNameIn } from '../../lib/names';
import { useListParam, useSearchParam } from '../../lib/url-state';
import { useLang } from '../../stores/ui-store';
import './messages';
import { useProjectColumns } from './project-columns';
import { ProjectDetails } from './project-details';
import { ProjectFilters, type ProjectFilterState } from './project-filters';
import { ProjectMapPanel } from './project-map-panel';
import { PROJECT_STATUSES } from './project-status';
import './projects.css';
import {
  buildProjectRows,
  countBy,
  filterProjects,
  PROJECT_KINDS,
  statusCounts,
  type ProjectRow,
} from './select-projects';
import { UnlocatedPanel } from './unlocated-panel';

export function ProjectsPage() {
  const { t } = useTranslation('projects');
  return (
    <PlanPage needs={['projects']} title={t('title')} testId="projects">
      {(assessment, data) => <ProjectsBody assessment={assessment} data={data} />}
    </PlanPage>
  );
}

/** ?status, ?kind and ?fn as lists, cleared together. */
function useProjectFilters(): ProjectFilterState {
  const [statuses, setStatuses] = useListParam<ProjectStatus>('status', PROJECT_STATUSES);
  const [kinds, setKinds] = useListParam<ProjectKind>('kind', PROJECT_KINDS);
  const [fns, setFns] = useListParam<FunctionCode>('fn', FUNCTION_CODES);
  const [, setParams] = useSearchParams();
  // One navigation for all three: separate setters in one event would each start from the same URL.
  const clear = () =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const k of ['status', 'kind', 'fn']) next.delete(k);
      return next;
    });
  return { statuses, setStatuses, kinds, setKinds, fns, setFns, clear };
}

function ProjectsBody({ assessment, data }: { assessment: PlanAssessment; data: PlanData }) {
  const { t } = useTranslation('projects');
  const lang = useLang();
  const filters = useProjectFilters();
  const { statuses, kinds, fns } = filters;
  const [projectParam, setProject] = useSearchParam('project');

  const rows = useMemo(
    () => buildProjectRows(data.projects, data.units, assessment.asOf),
    [data.projects, data.units, assessment.asOf],
  );
  const shown = useMemo(() => filterProjects(rows, { statuses, kinds, fns }), [rows, statuses, kinds, fns]);
  const selected = rows.find((r) => r.project.id === projectParam) ?? null;
  const selectedId = selected?.project.id ?? null;
  const located = useMemo(() => shown.filter((r) => r.located), [shown]);
  const counts = {
    status: statusCounts(rows),
    kind: countBy(rows, PROJECT_KINDS, (r) => [r.project.kind]),
    fn: countBy(rows, FUNCTION_CODES, (r) => r.project.functions),
  };
  const unitName = (r: ProjectRow) => shortNameIn(r.lead, lang, r.project.leadUnitId ?? '—');
  const columns = useProjectColumns({ lang, selectedId, setProject, unitName });

  return (
    <>
      <p className="projects-summary">
        {t('summary', { count: rows.length, located: rows.filter((r) => r.located).length })}
      </p>
      <ProjectFilters filters={filters} counts={counts} />

      <div className="projects-main">
        <ProjectMapPanel
          located={located}
          selectedId={selectedId}
          setProject={setProject}
          asOf={assessment.asOf}
          lang={lang}
        />
        <div className="projects-side">
          {selected ? (
            <ProjectDetails row={selected} asOf={assessment.asOf} onClose={() => setProject(null)} />
          ) : null}
          <UnlocatedPanel
            unlocated={shown.filter((r) => !r.located)}
            setProject={setProject}
            unitName={unitName}
            lang={lang}
          />
        </div>
      </div>

      <Panel title={t('table.caption')} testId="projects-table">
        <DataTable
          rows={shown}
          columns={columns}
          rowKey={(r) => r.project.id}
          text={tableText(t, 'table')}
          emptyText={t('empty')}
          testId="projects-data-table"
          rowClassName={(r) => (r.project.id === selectedId ? 'row-selected' : undefined)}
        />
      </Panel>
    </>
  );
}
