import { useTranslation } from '../../lib/i18n';
import { Panel } from '../../components/panel';
import type { Lang } from '../../lib/format';
import { nameIn } from '../../lib/names';
import { ProjectStatusBadge } from './project-badges';
import type { ProjectRow } from './select-projects';
import './messages';

interface Props {
  unlocated: ProjectRow[];
  setProject: (id: string) => void;
  unitName: (r: ProjectRow) => string;
  lang: Lang;
}

/** Projects with no location: listed beside the map, so that none is silently left off it. */
export function UnlocatedPanel({ unlocated, setProject, unitName, lang }: Props) {
  const { t } = useTranslation('projects');
  const { t: tc } = useTranslation();
  return (
    <Panel
      title={tc('unlocatedCount', { label: t('unlocated'), count: unlocated.length })}
      testId="unlocated"
    >
      {unlocated.length === 0 ? (
        <p className="panel-state">{t('unlocatedNone')}</p>
      ) : (
        <ul className="stack-list unlocated-list">
          {unlocated.map((r) => (
            <li key={r.project.id} data-testid="unlocated-project" data-project-id={r.project.id}>
              <button type="button" className="link-button" onClick={() => setProject(r.project.id)}>
                {nameIn(r.project, lang)}
              </button>
              <span className="unlocated-facts">
                <ProjectStatusBadge status={r.status} /> · {t(`kind.${r.project.kind}`)} · {unitName(r)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
