import { useConfig } from '../data/config-context';
import { useTranslation } from '../lib/i18n';

/**
 * On every view, the wall and the slides included, while the figures are the built-in demo data: nobody
 * must take them for the district's. Fixed in a corner so no view has to make room for it.
 */
export function DemoMark() {
  const config = useConfig();
  const { t } = useTranslation();
  if (!config.mock.enabled) return null;
  return (
    <div className="demo-mark" role="note" title={t('app.demoMarkTitle')} data-testid="demo-mark">
      {t('app.demoMark')}
    </div>
  );
}
