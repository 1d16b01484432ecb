// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BrowserRouter,
  Link,
  matchPath,
  matchRoutes,
  MemoryRouter,
  NavLink,
  Outlet,
  Routes,
  useParams,
  useSearchParams,
  type RouteDef,
} from '../../src/lib/router';

afterEach(cleanup);

describe('matchPath', () => {
  it('matches literal segments, required and optional params', () => {
    expect(matchPath('tasks', '/tasks')).toEqual({});
    expect(matchPath('tasks', '/tasks/T01')).toBeNull();
    expect(matchPath('tasks/:taskId', '/tasks/T01')).toEqual({ taskId: 'T01' });
    expect(matchPath('tasks/:taskId', '/tasks')).toBeNull();
    expect(matchPath('functions/:code?', '/functions')).toEqual({});
    expect(matchPath('functions/:code?', '/functions/C')).toEqual({ code: 'C' });
    expect(matchPath('*', '/anything/at/all')).toEqual({});
  });

  it('decodes params and refuses a broken escape instead of throwing', () => {
    expect(matchPath('tasks/:taskId', '/tasks/%E4%BB%BB%E5%8A%A1')).toEqual({ taskId: '任务' });
    expect(matchPath('tasks/:taskId', '/tasks/%E4%')).toBeNull();
  });
});

const Show = ({ name }: { name: string }) => {
  const params = useParams();
  return <p data-testid="page">{`${name} ${JSON.stringify(params)}`}</p>;
};
const Layout = () => (
  <div data-testid="layout">
    <NavLink to="/" end>
      home
    </NavLink>
    <NavLink to={{ pathname: '/tasks', search: '?asOf=2025-12-31' }}>tasks</NavLink>
    <Outlet />
  </div>
);
const routes: RouteDef[] = [
  { path: 'big-screen', Component: () => <Show name="big" /> },
  {
    Component: Layout,
    children: [
      { index: true, Component: () => <Show name="home" /> },
      { path: 'tasks', Component: () => <Show name="tasks" /> },
      { path: 'tasks/:taskId', Component: () => <Show name="task" /> },
      { path: '*', Component: () => <Show name="fallback" /> },
    ],
  },
];

describe('matchRoutes and Routes', () => {
  it('picks the first match, through the layout, with its params', () => {
    expect(matchRoutes(routes, '/big-screen')?.child).toBeUndefined();
    expect(matchRoutes(routes, '/tasks/T03')?.child?.params).toEqual({ taskId: 'T03' });
    expect(matchRoutes(routes, '/')?.child?.route.index).toBe(true);
  });

  it('renders the layout with the page in its outlet, and marks the current nav link', () => {
    render(
      <MemoryRouter initialEntries={['/tasks/T03?asOf=2025-12-31']}>
        <Routes routes={routes} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('page').textContent).toBe('task {"taskId":"T03"}');
    const tasksLink = screen.getByText('tasks');
    expect(tasksLink.getAttribute('aria-current')).toBe('page');
    expect(tasksLink.className).toBe('active');
    expect(screen.getByText('home').getAttribute('aria-current')).toBeNull();
  });
});

describe('BrowserRouter', () => {
  it('a plain click on a link navigates in the page and pushes history; search params update as state', async () => {
    window.history.replaceState(null, '', '/');
    const Params = () => {
      const [params, set] = useSearchParams();
      const both = () => {
        set((p) => (p.set('a', '1'), p));
        set((p) => (p.set('b', '2'), p));
      };
      return (
        <button type="button" data-testid="params" onClick={both}>
          {params.toString()}
        </button>
      );
    };
    render(
      <BrowserRouter>
        <Link to="/tasks?asOf=2025-12-31">go</Link>
        <Params />
        <Routes routes={routes} />
      </BrowserRouter>,
    );
    expect(screen.getByTestId('page').textContent).toBe('home {}');
    const before = window.history.length;
    await act(async () => {
      fireEvent.click(screen.getByText('go'), { button: 0 });
    });
    expect(window.location.pathname).toBe('/tasks');
    expect(window.history.length).toBe(before + 1);
    expect(await screen.findByText('tasks {}')).toBeTruthy();
    // Two updates in one event both land: each starts from the location now, not the last render.
    await act(async () => {
      fireEvent.click(screen.getByTestId('params'));
    });
    expect(window.location.search).toBe('?asOf=2025-12-31&a=1&b=2');
    expect(screen.getByTestId('params').textContent).toBe('asOf=2025-12-31&a=1&b=2');
  });

  it('leaves modified clicks (new tab) to the browser', () => {
    window.history.replaceState(null, '', '/');
    render(
      <BrowserRouter>
        <Link to="/tasks">go</Link>
      </BrowserRouter>,
    );
    fireEvent.click(screen.getByText('go'), { button: 0, ctrlKey: true });
    expect(window.location.pathname).toBe('/');
  });
});
