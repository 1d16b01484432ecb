import { useTranslation } from '../../lib/i18n';
import type { FunctionCode } from '../../domain/codes';
import type { ProjectStatus } from '../../domain/schemas';
import { PROJECT_STATUS_GLYPH } from './project-status';
import './messages';

/** A project's stage as glyph and word; "unknown" where no stage is known at the date. */
export function ProjectStatusBadge({ status }: { status: ProjectStatus | null }) {
  const { t } = useTranslation('projects');
  const key = status ?? 'unknown';
  return (
    <span className={`pstatus pstatus-${key}`}>
      <span className="pstatus-glyph" aria-hidden="true">
        {PROJECT_STATUS_GLYPH[key]}
      </span>
      {t(`status.${key}`)}
    </span>
  );
}

/** The functions a project serves, as letter tags named in their titles. */
export function FnTags({ fns }: { fns: readonly FunctionCode[] }) {
  const { t } = useTranslation();
  return (
    <span className="fn-tags">
      {fns.map((f) => (
        <span key={f} className={`fn-tag fn-${f}`} title={t(`fn.${f}`)}>
          {f}
        </span>
      ))}
    </span>
  );
}
