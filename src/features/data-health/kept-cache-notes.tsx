import { useTranslation } from '../../lib/i18n';
import { formatClock } from '../../lib/format';
import { useKeptCacheNotes } from '../../stores/kept-cache-store';

/** What became of the data kept on this device this session; nothing when all went well. */
export function KeptCacheNotes() {
  const { t } = useTranslation('data-health');
  const notes = useKeptCacheNotes();
  if (notes.length === 0) return null;
  return (
    <div className="dh-kept" role="status" data-testid="kept-cache-notes">
      <strong>{t('kept.title')}</strong>
      <ul>
        {notes.map((n, i) => (
          <li key={i} data-kind={n.kind}>
            {formatClock(n.at)} {t(`kept.${n.kind}`)}: <code>{n.detail}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
