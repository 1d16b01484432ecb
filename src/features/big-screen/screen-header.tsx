import { clockLooksWrong } from '../../data/clock';
import { beijingToday } from '../../data/requests';
import { useTranslation } from '../../lib/i18n';
import type { ResourceState } from '../../data/use-plan-data';
import { freshnessOf } from '../../data/health-summary';
import { causeSentences } from '../../components/resource-cause';
import { formatAge, formatClock, formatDate, type Lang } from '../../lib/format';
import { useNow } from '../../lib/use-now';

const pad = (n: number) => String(n).padStart(2, '0');

/** The clock re-renders once a second on its own, so nothing else on the wall does. */
function Clock({ lang }: { lang: Lang }) {
  const now = new Date(useNow(1000));
  const date =
    lang === 'zh'
      ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日 ${now.toLocaleDateString('zh-CN', { weekday: 'long' })}`
      : now.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <div className="bs-clock" data-testid="bs-clock">
      <span className="bs-clock-time num">
        {pad(now.getHours())}:{pad(now.getMinutes())}
        <span className="bs-clock-seconds">:{pad(now.getSeconds())}</span>
      </span>
      <span className="bs-clock-date">{date}</span>
    </div>
  );
}

/**
 * "更新于 14:05" while refreshes succeed; a loud warning with the age of what is on screen once any
 * resource fails, cleared by the next good refresh.
 */
export function Freshness({ resources, lang }: { resources: ResourceState[]; lang: Lang }) {
  const { t } = useTranslation('bigScreen');
  const tc = useTranslation().t;
  const now = useNow(15_000);
  // The same rule as every header: the oldest resource on screen sets the wall's age.
  const f = freshnessOf(resources);
  if (clockLooksWrong(now)) {
    // Every time on this screen is off, so the one thing to say is what to fix.
    return (
      <div className="bs-freshness stale" role="alert" data-testid="bs-clock-wrong">
        <span aria-hidden="true">⚠</span> {t('clockWrong', { date: beijingToday(now) })}
      </div>
    );
  }
  if (f.kind === 'missing' || f.kind === 'stale') {
    const text =
      f.kind === 'missing'
        ? f.resources
            .map((r) => tc('health.causeMissing', { resource: tc(`health.resource.${r}`) }))
            .join(' · ')
        : now - f.at < 60_000
          ? t('staleRecent', { time: formatClock(f.at) })
          : t('stale', { time: formatClock(f.at), age: formatAge(f.at, now, lang) });
    return (
      <div className="bs-freshness stale" role="alert" data-testid="bs-stale">
        <span aria-hidden="true">⚠</span> {text}
      </div>
    );
  }
  return (
    <div className="bs-freshness" data-testid="bs-fresh">
      {f.kind === 'fresh' ? t('updated', { time: formatClock(f.at) }) : t('noData')}
    </div>
  );
}

/**
 * What is missing or left out, in words readable across a room: a band under the header on every screen,
 * never a small badge. Empty when every figure is whole and current.
 */
export function CauseBand({ resources }: { resources: ResourceState[] }) {
  const { t } = useTranslation();
  const causes = causeSentences(resources, t);
  if (causes.length === 0) return null;
  const quiet = causes.every((c) => c.kind === 'notProvided');
  return (
    <div className={`bs-causes ${quiet ? 'quiet' : 'warn'}`} role="alert" data-testid="bs-causes">
      {causes.map((c) => (
        <span key={`${c.kind}-${c.resource}`} className="bs-cause" data-testid={`bs-cause-${c.resource}`}>
          {c.kind === 'notProvided' ? null : <span aria-hidden="true">⚠ </span>}
          {c.text}
        </span>
      ))}
    </div>
  );
}

interface HeaderProps {
  title: string;
  asOf: string | null;
  resources: ResourceState[];
  lang: Lang;
  screens: { key: string; label: string }[];
  current: number;
  paused: boolean;
  held: boolean;
  rotating: boolean;
  onPick: (index: number) => void;
  controls?: React.ReactNode;
  /** Before the date: the demo data's mark, where the wall's shape has no free corner for it (portrait). */
  mark?: React.ReactNode;
}

export function ScreenHeader({
  title,
  asOf,
  resources,
  lang,
  screens,
  current,
  paused,
  held,
  rotating,
  onPick,
  controls,
  mark,
}: HeaderProps) {
  const { t } = useTranslation('bigScreen');
  return (
    <header className="bs-header">
      <div className="bs-header-side">
        {mark}
        <div className="bs-asof" data-testid="bs-as-of">
          {t('asOf', { date: formatDate(asOf, lang) })}
        </div>
        <Freshness resources={resources} lang={lang} />
      </div>
      <div className="bs-title-wrap">
        <h1 className="bs-title">{title}</h1>
        <nav className="bs-tabs" aria-label={t('controls.label')}>
          {screens.map((s, i) => (
            <button
              key={s.key}
              type="button"
              className="bs-tab"
              aria-current={i === current ? 'true' : undefined}
              onClick={() => onPick(i)}
              data-testid={`bs-tab-${s.key}`}
            >
              {s.label}
            </button>
          ))}
          {rotating && (paused || held) ? (
            <span className="bs-paused" data-testid="bs-paused">
              {paused ? `⏸ ${t('paused')}` : t('held')}
            </span>
          ) : null}
        </nav>
      </div>
      <div className="bs-header-side end">
        <Clock lang={lang} />
        {controls}
      </div>
    </header>
  );
}
