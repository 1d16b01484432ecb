import { useTranslation, type TFunction } from '../../lib/i18n';
import { timeliness, type ProgrammeItem, type Timeliness } from './select-programme';
import './messages';

/** "On time", "late by n days" or "not done", for an item with a due date. */
export function TimelinessTag({ x, asOf }: { x: ProgrammeItem; asOf: string }) {
  const { t } = useTranslation('programme');
  const tl = timeliness(x, asOf);
  if (tl.kind === 'none') return null;
  if (tl.kind === 'open') return <span className="timeliness open">{t('notDone')}</span>;
  return (
    <span className={`timeliness ${tl.kind}`}>
      {tl.kind === 'late' ? t('lateBy', { days: tl.days, count: tl.days }) : t('onTime')}
    </span>
  );
}

/** The tag's words, for the CSV. */
export function timelinessText(tl: Timeliness, t: TFunction): string {
  if (tl.kind === 'late') return t('lateBy', { days: tl.days, count: tl.days });
  if (tl.kind === 'onTime') return t('onTime');
  if (tl.kind === 'open') return t('notDone');
  return '';
}
