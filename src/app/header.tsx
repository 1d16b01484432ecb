import { useEffect, useState } from 'react';
import { useTranslation } from '../lib/i18n';
import { DemoMark } from '../components/demo-mark';
import { useIsPhone } from '../lib/use-media';
import { DateControls, Switches } from './header-controls';
import { NavBar, NavGrid } from './header-nav';
import { Freshness, HealthLink } from './header-status';
import './header.css';

function Brand({ short }: { short: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand-mark" aria-hidden="true">
        0
      </span>
      <span className="brand-title" title={short ? t('app.title') : undefined}>
        {t(short ? 'app.shortTitle' : 'app.title')}
      </span>
    </div>
  );
}

/**
 * On a phone one row (brand, demo mark, freshness or a failure, the menu button) whatever the scroll: the
 * views, the dates and the switches open in a sheet below it. Wider screens show everything in the bar.
 */
function PhoneHeader() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <div className="header-bar">
        <Brand short />
        <DemoMark placement="header" short />
        <div className="bar-status">
          <Freshness short />
          <HealthLink />
        </div>
        <button
          type="button"
          className="btn menu-toggle"
          aria-expanded={open}
          aria-controls="app-sheet"
          aria-label={open ? t('nav.menuClose') : t('nav.menuLabel')}
          onClick={() => setOpen((o) => !o)}
          data-testid="menu-toggle"
        >
          <span aria-hidden="true">{open ? '✕' : '☰'}</span>{' '}
          <span className="menu-word">{open ? t('nav.menuClose') : t('nav.menu')}</span>
        </button>
      </div>
      {open ? (
        <div id="app-sheet" className="app-sheet" data-testid="app-sheet">
          <NavGrid onPick={close} />
          <section className="sheet-settings" aria-label={t('nav.settings')}>
            <p className="sheet-group-title">{t('nav.settings')}</p>
            <DateControls />
            <div className="sheet-switches">
              <Switches />
            </div>
          </section>
        </div>
      ) : null}
      {open ? <div className="sheet-scrim" aria-hidden="true" onClick={close} /> : null}
    </>
  );
}

export function Header() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <header className={phone ? 'app-header phone' : 'app-header'} data-testid="app-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      {phone ? (
        <PhoneHeader />
      ) : (
        <>
          <div className="header-bar">
            <Brand short={false} />
            <DemoMark placement="header" />
          </div>
          <div className="app-controls">
            <DateControls />
            <Freshness />
            <HealthLink />
            <Switches />
          </div>
          <NavBar />
        </>
      )}
    </header>
  );
}
