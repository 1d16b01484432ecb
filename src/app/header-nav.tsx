import { useEffect, useRef } from 'react';
import { useTranslation } from '../lib/i18n';
import { NavLink, useLocation } from '../lib/router';
import { useSharedSearch } from '../lib/url-state';
import { ADMIN_ITEMS, NAV_ITEMS } from './nav';

type Item = (typeof NAV_ITEMS)[number] | (typeof ADMIN_ITEMS)[number];

function ItemLinks({ items, onPick }: { items: readonly Item[]; onPick?: () => void }) {
  const { t } = useTranslation();
  const search = useSharedSearch();
  return items.map((item) => (
    <NavLink
      key={item.key}
      to={{ pathname: item.path, search }}
      end={item.end}
      onClick={onPick}
      data-testid={`nav-${item.key}`}
    >
      {t(`nav.${item.key}`)}
    </NavLink>
  ));
}

/**
 * The staff's pages behind one "管理" entry at the end of the bar, so the leaders' views stand alone. Closes
 * once a page is picked, on Escape and on a click elsewhere.
 */
function AdminMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const ref = useRef<HTMLDetailsElement>(null);
  const here = ADMIN_ITEMS.some((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('keydown', close);
    document.addEventListener('pointerdown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('pointerdown', close);
    };
  }, []);
  return (
    <details className="nav-more" ref={ref} data-testid="nav-admin">
      <summary className={here ? 'active' : undefined} aria-label={t('nav.adminLabel')}>
        {t('nav.admin')}
      </summary>
      <div className="nav-more-list">
        <ItemLinks
          items={ADMIN_ITEMS}
          onPick={() => {
            if (ref.current) ref.current.open = false;
          }}
        />
      </div>
    </details>
  );
}

/** The views in a row, the admin pages in a menu at its end: the wide screens' navigation. */
export function NavBar() {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ItemLinks items={NAV_ITEMS} />
      <AdminMenu />
    </nav>
  );
}

/** Every view as a tile, the admin pages in a quieter group below: the phone's menu, one tap to any page. */
export function NavGrid({ onPick }: { onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <nav className="sheet-nav" aria-label={t('nav.label')}>
      <div className="sheet-nav-grid">
        <ItemLinks items={NAV_ITEMS} onPick={onPick} />
      </div>
      <p className="sheet-group-title">{t('nav.admin')}</p>
      <div className="sheet-nav-grid admin">
        <ItemLinks items={ADMIN_ITEMS} onPick={onPick} />
      </div>
    </nav>
  );
}
