import { i18n, useTranslation, type TFunction } from '../lib/i18n';
import type { Lang } from '../lib/format';
import { textIn } from '../lib/names';
import type { StatusCode } from '../domain/codes';
import type { ManualStatus } from '../domain/schemas';

/** What a track assessment says about where its status came from. */
export interface StatusBasisInput {
  computed: StatusCode;
  manual: ManualStatus | null;
  reported: StatusCode | null;
  reportedDiffers: boolean;
}

/**
 * Why the status shown may differ from another view or the source's ledger, in one line: a manual
 * status with its reason, the source's own status where it disagrees with the rule, and then the rule's
 * status ("填报：正常推进 · 按规则：滞后"). null when the shown status is simply the rule's.
 */
export function statusBasisText(
  a: StatusBasisInput,
  t: TFunction,
  lang: Lang = i18n.language,
): string | null {
  if (!a.manual && !a.reportedDiffers) return null;
  const word = (s: StatusCode) => t(`status.${s}`);
  const parts: string[] = [];
  if (a.manual)
    parts.push(t('statusBasis.manual', { reason: textIn(a.manual.reason, a.manual.reasonEn, lang) }));
  if (a.reportedDiffers && a.reported) parts.push(t('statusBasis.reported', { status: word(a.reported) }));
  parts.push(t('statusBasis.rule', { status: word(a.computed) }));
  return parts.join(' · ');
}

export function StatusBasis({ a, className = 'status-basis' }: { a: StatusBasisInput; className?: string }) {
  const { t } = useTranslation();
  const text = statusBasisText(a, t);
  return text ? (
    <span className={className} data-testid="status-basis">
      {text}
    </span>
  ) : null;
}
