import { useConfig } from '../data/config-context';
import { useTranslation } from '../lib/i18n';

interface Props {
  /**
   * `header`: in the header's flow, so it never covers a line of a long page; `corner`: fixed in a corner, for
   * the wall and the slides, which fill the screen and have no header.
   */
  placement?: 'header' | 'corner';
  /** A phone's header has room for one word; the full wording stays in the tooltip and for screen readers. */
  short?: boolean;
}

/** On every view, the wall and the slides included, while the figures are the built-in demo data: nobody
 * must take them for the district's. */
export function DemoMark({ placement = 'corner', short = false }: Props) {
  const config = useConfig();
  const { t } = useTranslation();
  if (!config.mock.enabled) return null;
  return (
    <div
      className={`demo-mark ${placement}`}
      role="note"
      title={t('app.demoMarkTitle')}
      aria-label={short ? t('app.demoMark') : undefined}
      data-testid="demo-mark"
    >
      {short ? t('app.demoMarkShort') : t('app.demoMark')}
    </div>
  );
}
