import { useTranslation } from '../lib/i18n';
import type { StatusCode } from '../domain/codes';

/** Never colour alone: every status carries a glyph and a word, for colour-blind readers and grey print. */
export const STATUS_GLYPH: Record<StatusCode | 'noData' | 'noTarget', string> = {
  done: '✓',
  onTrack: '●',
  watch: '!',
  lagging: '▼',
  overdue: '✕',
  notStarted: '○',
  missed: '✗',
  noData: '–',
  noTarget: '–',
};

interface StatusBadgeProps {
  status: StatusCode | null;
  kind?: 'task' | 'indicator';
  manual?: boolean;
  compact?: boolean;
  /** No status because there is no target (a figure exists): reads 无目标, not 无数据. */
  noTarget?: boolean;
}

export function StatusBadge({
  status,
  kind = 'task',
  manual = false,
  compact = false,
  noTarget = false,
}: StatusBadgeProps) {
  const { t } = useTranslation();
  const key = status ?? (noTarget ? 'noTarget' : 'noData');
  const label = t(kind === 'task' ? `status.${key}` : `indicatorStatus.${key}`);
  return (
    <span
      className={`status-badge status-${key}`}
      title={manual ? t('statusBadge.manualTitle', { status: label, manual: t('overview.manual') }) : label}
    >
      <span className="status-glyph" aria-hidden="true">
        {STATUS_GLYPH[key]}
      </span>
      {compact ? <span className="sr-only">{label}</span> : <span>{label}</span>}
      {manual ? <span className="status-manual">✎</span> : null}
    </span>
  );
}
