import { useTranslation } from '../lib/i18n';
import { reloadTakingUpdate, useUpdatePending } from '../stores/update-store';

/**
 * A new version is deployed and installed: a quiet note with a button, never a reload the reader did not
 * ask for (a wall takes it by itself at its next screen change, see src/stores/update-store.ts).
 */
export function UpdatePrompt() {
  const pending = useUpdatePending();
  const { t } = useTranslation();
  if (!pending) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('app.updateAvailable')}</span>
      <button type="button" onClick={reloadTakingUpdate} title={t('app.updateReloadTitle')}>
        {t('app.updateReload')}
      </button>
    </div>
  );
}
