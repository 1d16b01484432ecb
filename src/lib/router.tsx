import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type AnchorHTMLAttributes,
  type ComponentType,
  type MouseEvent,
  type ReactNode,
} from 'react';

/*
 * The few routing features the app uses, in place of react-router (about 30 KB gzip the first screen
 * did not need): path patterns with `:param`, `:param?` and `*`, layout routes with an outlet (matched
 * first to last, so a route listed before the layout stays outside it), lazy pages, links, search
 * parameters as state, and history. The browser router navigates in a transition, so a lazy page that is
 * still loading keeps the previous page on screen instead of a blank fallback.
 */

export type To = string | { pathname?: string; search?: string };

export interface RouteDef {
  path?: string;
  index?: boolean;
  Component?: ComponentType;
  children?: RouteDef[];
}

export interface Location {
  pathname: string;
  search: string;
}

interface RouterState {
  location: Location;
  /** The location now, even before React has rendered the last navigation. */
  current: () => Location;
  navigate: (to: To, opts?: { replace?: boolean }) => void;
  base: string;
}

const RouterContext = createContext<RouterState | null>(null);
const OutletContext = createContext<ReactNode>(null);
const ParamsContext = createContext<Record<string, string>>({});

function useRouter(): RouterState {
  const r = useContext(RouterContext);
  if (!r) throw new Error('router hooks need a BrowserRouter or MemoryRouter above them');
  return r;
}

function resolve(to: To, from: Location): Location {
  if (typeof to === 'string') {
    const url = new URL(to, `http://x${from.pathname}`);
    return { pathname: url.pathname, search: url.search };
  }
  const search = to.search ?? '';
  return {
    pathname: to.pathname ?? from.pathname,
    search: search && !search.startsWith('?') ? `?${search}` : search,
  };
}

const href = (l: Location) => `${l.pathname}${l.search}`;

function readLocation(basename: string): Location {
  const { pathname, search } = window.location;
  const inside =
    basename && pathname.startsWith(basename) ? pathname.slice(basename.length) || '/' : pathname;
  return { pathname: inside, search };
}

/** The app's router: the browser's address bar and history, under an optional base path. */
export function BrowserRouter({ basename = '', children }: { basename?: string; children: ReactNode }) {
  const base = basename.replace(/\/$/, '');
  const [location, setLocation] = useState(() => readLocation(base));
  useEffect(() => {
    const onPop = () => startTransition(() => setLocation(readLocation(base)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [base]);
  const navigate = useCallback(
    (to: To, { replace = false }: { replace?: boolean } = {}) => {
      const next = resolve(to, readLocation(base));
      const current = readLocation(base);
      if (href(next) === href(current) && !replace) return;
      window.history[replace ? 'replaceState' : 'pushState'](null, '', `${base}${href(next)}`);
      // A new page starts at the top; a filter change on the same page keeps the reader's place.
      if (next.pathname !== current.pathname) window.scrollTo(0, 0);
      startTransition(() => setLocation(next));
    },
    [base],
  );
  const current = useCallback(() => readLocation(base), [base]);
  const value = useMemo(() => ({ location, navigate, current, base }), [location, navigate, current, base]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/**
 * For tests: the location in memory, starting at the first entry. There is no history to go back through:
 * each navigation replaces the location, and it is not run in a transition.
 */
export function MemoryRouter({
  initialEntries = ['/'],
  children,
}: {
  initialEntries?: string[];
  children: ReactNode;
}) {
  const [location, setLocation] = useState(() =>
    resolve(initialEntries[0] ?? '/', { pathname: '/', search: '' }),
  );
  const latest = useRef(location);
  const navigate = useCallback((to: To) => {
    latest.current = resolve(to, latest.current);
    setLocation(latest.current);
  }, []);
  const value = useMemo(
    () => ({ location, navigate, current: () => latest.current, base: '' }),
    [location, navigate],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** Matches `pattern` (`tasks/:taskId`, `functions/:code?`, `*`) against a path; the params, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  if (pattern === '*') return {};
  const want = pattern.split('/').filter(Boolean);
  const got = pathname.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  if (got.length > want.length) return null;
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i];
    if (w.startsWith(':')) {
      const optional = w.endsWith('?');
      const name = w.slice(1, optional ? -1 : undefined);
      if (g === undefined) {
        if (optional) continue;
        return null;
      }
      try {
        params[name] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (g !== w) return null;
  }
  return params;
}

interface Match {
  route: RouteDef;
  params: Record<string, string>;
  child?: Match;
}

export function matchRoutes(routes: RouteDef[], pathname: string): Match | null {
  const isRoot = pathname.split('/').filter(Boolean).length === 0;
  for (const route of routes) {
    if (route.children) {
      const child = matchRoutes(route.children, pathname);
      if (child) return { route, params: child.params, child };
      continue;
    }
    if (route.index) {
      if (isRoot) return { route, params: {} };
      continue;
    }
    const params = route.path === undefined ? null : matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}

function render(match: Match): ReactNode {
  const { Component } = match.route;
  const inner = match.child ? render(match.child) : null;
  if (!Component) return inner;
  return (
    <OutletContext.Provider value={inner}>
      <Component />
    </OutletContext.Provider>
  );
}

/** Renders the route tree for the current location. */
export function Routes({ routes }: { routes: RouteDef[] }) {
  const { location } = useRouter();
  const match = useMemo(() => matchRoutes(routes, location.pathname), [routes, location.pathname]);
  if (!match) return null;
  return <ParamsContext.Provider value={match.params}>{render(match)}</ParamsContext.Provider>;
}

/** Where a layout shows the page matched below it. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

export function useParams<
  T extends Record<string, string | undefined> = Record<string, string | undefined>,
>(): T {
  return useContext(ParamsContext) as T;
}

/** The current path and query, inside the base path. */
export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate() {
  return useRouter().navigate;
}

type SearchInit = URLSearchParams | string | ((prev: URLSearchParams) => URLSearchParams);

/**
 * The query string as state. Setting it adds a history entry (or replaces the current one with
 * `{ replace: true }`); setting it to what it already is adds none.
 */
export function useSearchParams(): [
  URLSearchParams,
  (next: SearchInit, opts?: { replace?: boolean }) => void,
] {
  const { location, navigate, current } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const set = useCallback(
    (next: SearchInit, opts?: { replace?: boolean }) => {
      // From the location now, not the last render: two updates in one event must not undo each other.
      const now = current();
      const value =
        typeof next === 'function' ? next(new URLSearchParams(now.search)) : new URLSearchParams(next);
      const s = value.toString();
      navigate({ pathname: now.pathname, search: s ? `?${s}` : '' }, opts);
    },
    [current, navigate],
  );
  return [params, set];
}

const isPlainClick = (e: MouseEvent<HTMLAnchorElement>) =>
  e.button === 0 &&
  !e.defaultPrevented &&
  !e.metaKey &&
  !e.altKey &&
  !e.ctrlKey &&
  !e.shiftKey &&
  !e.currentTarget.target;

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>;

export function Link({ to, onClick, ...rest }: AnchorProps & { to: To }) {
  const { location, navigate, base } = useRouter();
  const target = resolve(to, location);
  return (
    <a
      {...rest}
      href={`${base}${href(target)}`}
      onClick={(e) => {
        onClick?.(e);
        if (!isPlainClick(e)) return;
        e.preventDefault();
        navigate(target);
      }}
    />
  );
}

/** A navigation link that knows when it is the current page (`active` class, aria-current). */
export function NavLink({ to, end = false, className, ...rest }: AnchorProps & { to: To; end?: boolean }) {
  const { location } = useRouter();
  const path = resolve(to, location).pathname;
  const active =
    end || path === '/'
      ? location.pathname === path
      : location.pathname === path || location.pathname.startsWith(`${path.replace(/\/$/, '')}/`);
  return (
    <Link
      {...rest}
      to={to}
      className={[className, active ? 'active' : null].filter(Boolean).join(' ') || undefined}
      aria-current={active ? 'page' : undefined}
    />
  );
}
