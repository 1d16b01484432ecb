import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { FnChipLabel } from '../../components/filter-chip';
import { FUNCTION_CODES, type FunctionCode } from '../../domain/codes';
import { useSharedSearch } from '../../lib/url-state';
import './messages';

/** Links, not buttons: each function is its own URL, so a link or a bookmark reopens it. */
export function FunctionSwitcher({ current }: { current: FunctionCode | null | 'unknown' }) {
  const { t } = useTranslation('functions');
  const { t: tc } = useTranslation();
  const search = useSharedSearch();
  return (
    <nav className="fn-switcher" aria-label={t('switcher')} data-testid="function-switcher">
      <Link
        className="chip"
        to={{ pathname: '/functions', search }}
        aria-current={current === null ? 'page' : undefined}
        data-testid="fn-switch-all"
      >
        {t('all')}
      </Link>
      {FUNCTION_CODES.map((c) => (
        <Link
          key={c}
          className="chip"
          to={{ pathname: `/functions/${c}`, search }}
          aria-current={current === c ? 'page' : undefined}
          data-testid={`fn-switch-${c}`}
        >
          <FnChipLabel code={c} name={tc(`fn.${c}`)} />
        </Link>
      ))}
    </nav>
  );
}
