// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from '../../src/lib/router';
import { QueryClient } from '@tanstack/react-query';
import { MOCK_API_URL, server } from '../../mock/node';
import { AppProviders } from '../../src/app/providers';
import { appConfigSchema } from '../../src/data/config';
import { OverviewPage } from '../../src/features/overview/overview-page';
import { mockAssessment } from '../support/mock-assessment';

// jsdom has no canvas; the chart is proven in the browser suite. Here a button stands for its first frame.
vi.mock('../../src/components/chart', () => ({
  Chart: ({ label, onPainted }: { label: string; onPainted?: () => void }) => (
    <div role="img" aria-label={label}>
      <button type="button" onClick={onPainted}>
        first frame of {label}
      </button>
    </div>
  ),
  preloadChartParts: () => undefined,
}));

const config = appConfigSchema.parse({ mock: { enabled: false }, api: { baseUrl: MOCK_API_URL } });

const expected = mockAssessment;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

const pct = (f: number) => `${Math.round(f * 100)}%`;

describe('the first screen', () => {
  it.each(['2021-06-30', '2025-12-31'])('shows the numbers the metrics compute at %s', async (asOf) => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders config={config} queryClient={qc}>
        <MemoryRouter initialEntries={[`/?asOf=${asOf}`]}>
          <OverviewPage />
        </MemoryRouter>
      </AppProviders>,
    );
    const a = expected(asOf);
    expect(await screen.findByTestId('task-count', {}, { timeout: 5000 })).toHaveTextContent('15');
    expect(screen.getByTestId('overall-completion')).toHaveTextContent(pct(a.overall!.meanProgress));
    expect(screen.getByTestId('overall-time')).toHaveTextContent(pct(a.overall!.meanTimeProgress));
    const kpi = screen.getByTestId('kpi-tasks');
    for (const [status, n] of Object.entries(a.overall!.counts)) {
      if (n > 0) expect(within(kpi).getByTestId(`count-${status}`)).toHaveTextContent(String(n));
    }
    expect(screen.getByTestId('indicators-met')).toHaveTextContent(String(a.indicatorsOverall!.met));
    expect(screen.getByTestId('indicators-at-risk')).toHaveTextContent(String(a.indicatorsOverall!.atRisk));
    for (const f of a.byFunction!) {
      expect(screen.getByTestId(`function-${f.key}-completion`)).toHaveTextContent(pct(f.meanProgress));
    }
    expect(screen.getByTestId('as-of')).toHaveTextContent(`${asOf.slice(0, 4)}年`);
    // The story of the mock at its latest date: 4 done, 1 overdue (hand-checked in mock/fixtures/tasks.ts).
    if (asOf === '2025-12-31') {
      expect(a.overall!.counts).toMatchObject({ done: 4, overdue: 1 });
    }
  });
});

describe('what changed since the earlier date', () => {
  const renderAt = (url: string) => {
    const asked: string[] = [];
    const onRequest = ({ request }: { request: Request }) => void asked.push(request.url);
    server.events.on('request:start', onRequest);
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <AppProviders config={config} queryClient={qc}>
        <MemoryRouter initialEntries={[url]}>
          <OverviewPage />
        </MemoryRouter>
      </AppProviders>,
    );
    return { asked, done: () => server.events.removeListener('request:start', onRequest) };
  };
  const earlier = (asked: string[]) => asked.filter((u) => u.includes('asOf=2021-06-30'));

  it('is requested once the trend has drawn its first frame, so the first screen goes first', async () => {
    const { asked, done } = renderAt('/?asOf=2021-12-31&compare=2021-06-30');
    expect(await screen.findByTestId('task-count', {}, { timeout: 5000 })).toHaveTextContent('15');
    const changes = screen.getByTestId('changes');
    // The date is known and shown at once; its six requests wait.
    expect(changes).toHaveTextContent('2021');
    await new Promise((r) => setTimeout(r, 300));
    expect(earlier(asked)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /first frame/ }));
    expect(
      await within(changes).findByTestId('changes-newly-done', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(earlier(asked)).toHaveLength(6);
    done();
  });

  it('is requested after 3 s when the chart never draws', async () => {
    // Only the page's timers are faked, and time still runs for the mock server, so the test waits no 3 s.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      const { asked, done } = renderAt('/?asOf=2021-12-31&compare=2021-06-30');
      expect(await screen.findByTestId('task-count', {}, { timeout: 5000 })).toHaveTextContent('15');
      await vi.advanceTimersByTimeAsync(2500);
      expect(earlier(asked)).toEqual([]);
      await vi.advanceTimersByTimeAsync(600);
      expect(await screen.findByTestId('changes-newly-done', {}, { timeout: 5000 })).toBeInTheDocument();
      // The mock server reports its requests on a timer of its own, which is faked here too.
      await vi.waitFor(() => expect(earlier(asked)).toHaveLength(6));
      done();
    } finally {
      vi.useRealTimers();
    }
  });
});
