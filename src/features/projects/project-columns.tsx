import { useTranslation } from '../../lib/i18n';
import type { Column } from '../../components/data-table';
import { chooseColumn, dateColumn, textColumn } from '../../components/columns';
import type { Lang } from '../../lib/format';
import { nameIn, rawNameIn, rawTextIn, textIn } from '../../lib/names';
import { FnTags, ProjectStatusBadge } from './project-badges';
import { PROJECT_STATUSES } from './project-status';
import { areaText, type ProjectRow } from './select-projects';
import './messages';

interface Ctx {
  lang: Lang;
  selectedId: string | null;
  setProject: (id: string) => void;
  unitName: (r: ProjectRow) => string;
}

/** The ledger's columns; a project's name selects it on the map. */
export function useProjectColumns({ lang, selectedId, setProject, unitName }: Ctx): Column<ProjectRow>[] {
  const { t } = useTranslation('projects');
  return [
    chooseColumn('name', t('col.name'), {
      label: (r) => nameIn(r.project, lang),
      sortValue: (r) => rawNameIn(r.project, lang),
      choose: (r) => setProject(r.project.id),
      pressed: (r) => r.project.id === selectedId,
      testId: 'project-name',
    }),
    textColumn('kind', t('col.kind'), (r) => t(`kind.${r.project.kind}`)),
    {
      key: 'status',
      header: t('col.status'),
      render: (r) => <ProjectStatusBadge status={r.status} />,
      sortValue: (r) => (r.status ? PROJECT_STATUSES.indexOf(r.status) : 9),
      csv: (r) => t(`status.${r.status ?? 'unknown'}`),
    },
    {
      key: 'functions',
      header: t('col.functions'),
      render: (r) => <FnTags fns={r.project.functions} />,
      csv: (r) => r.project.functions.join('/'),
    },
    textColumn('lead', t('col.lead'), unitName),
    {
      key: 'area',
      header: t('col.area'),
      render: (r) => areaText(r.project.area, lang),
      csv: (r) => (r.project.area ? areaText(r.project.area, lang) : ''),
      align: 'end',
      hideOnPhone: true,
    },
    dateColumn('since', t('col.since'), (r) => r.since, lang, { hideOnPhone: true }),
    {
      key: 'note',
      header: t('col.note'),
      render: (r) => (r.note ? textIn(r.note, r.noteEn ?? undefined, lang) : '—'),
      csv: (r) => rawTextIn(r.note ?? undefined, r.noteEn ?? undefined, lang),
      hideOnPhone: true,
    },
    {
      key: 'location',
      header: t('col.location'),
      render: (r) => (r.located ? t('located') : <span className="muted">{t('notLocated')}</span>),
      csv: (r) =>
        r.project.location ? `${r.project.location.lng},${r.project.location.lat}` : t('notLocated'),
      hideOnPhone: true,
    },
  ];
}
