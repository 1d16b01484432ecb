import { useTranslation } from '../../lib/i18n';
import { ClosablePanel } from '../../components/closable-panel';
import { formatDate } from '../../lib/format';
import { nameIn, textIn } from '../../lib/names';
import { useLang } from '../../stores/ui-store';
import { FnTags, ProjectStatusBadge } from './project-badges';
import { historyAt } from './project-status';
import { areaText, type ProjectRow } from './select-projects';
import './messages';

/** The chosen project: its facts, description and the history of its stages up to the report date. */
export function ProjectDetails({
  row,
  asOf,
  onClose,
}: {
  row: ProjectRow;
  asOf: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('projects');
  const lang = useLang();
  const p = row.project;
  const history = historyAt(p, asOf);
  return (
    <ClosablePanel
      title={t('details')}
      testId="project-details"
      className="project-details"
      closeLabel={t('close')}
      closeTestId="close-project"
      onClose={onClose}
    >
      <h3 className="details-name" data-testid="details-name">
        {nameIn(p, lang)}
      </h3>
      <p className="details-status">
        <ProjectStatusBadge status={row.status} /> · {t(`kind.${p.kind}`)} <FnTags fns={p.functions} />
      </p>
      <dl className="details-facts">
        <div>
          <dt>{t('lead')}</dt>
          <dd>{row.lead ? nameIn(row.lead, lang) : (p.leadUnitId ?? '—')}</dd>
        </div>
        <div>
          <dt>{t('area')}</dt>
          <dd>{areaText(p.area, lang)}</dd>
        </div>
        <div>
          <dt>{t('location')}</dt>
          <dd className="num">
            {p.location ? `${p.location.lng.toFixed(3)}°E, ${p.location.lat.toFixed(3)}°N` : t('notLocated')}
          </dd>
        </div>
        <div>
          <dt>{t('since')}</dt>
          <dd>{formatDate(row.since, lang)}</dd>
        </div>
      </dl>
      <p className="details-description">
        {p.description ?? <span className="muted">{t('noDescription')}</span>}
      </p>
      <h4>{t('history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('historyEmpty')}</p>
      ) : (
        <ol className="timeline" data-testid="status-timeline">
          {history.map((e, i) => (
            <li key={`${e.date}-${i}`} className={`pstatus-${e.status}`}>
              <span className="timeline-dot" aria-hidden="true" />
              <span className="timeline-date num">{formatDate(e.date, lang)}</span>
              <ProjectStatusBadge status={e.status} />
              {e.note ? <span className="timeline-note">{textIn(e.note, e.noteEn, lang)}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </ClosablePanel>
  );
}
