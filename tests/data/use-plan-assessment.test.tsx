// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { MOCK_API_URL, server } from '../../mock/node';
import { AppProviders } from '../../src/app/providers';
import { appConfigSchema } from '../../src/data/config';
import { usePlanAssessment, type PlanAssessmentState } from '../../src/data/use-plan-assessment';

const config = appConfigSchema.parse({ mock: { enabled: false }, api: { baseUrl: MOCK_API_URL } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());

/** What each commit put on screen: whether every answer was in, and whether the figures were. */
function Probe({ commits }: { commits: string[] }) {
  const state = usePlanAssessment('2025-12-31');
  const shown = `${state.pending ? 'pending' : 'answered'}:${state.assessment ? 'figures' : 'none'}`;
  useLayoutEffect(() => void commits.push(shown));
  return state.assessment ? <p data-testid="count">{state.assessment.tasks.length}</p> : null;
}

it('renders the first data in the commit that brings it, with no frame of "loading" between', async () => {
  const commits: string[] = [];
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders config={config} queryClient={qc}>
      <Probe commits={commits} />
    </AppProviders>,
  );
  expect(await screen.findByTestId('count', {}, { timeout: 5000 })).toHaveTextContent('15');
  // Every answer in and no figures: a frame that shows the loading line although the data is at hand.
  expect(commits).not.toContain('answered:none');
  expect(commits.at(-1)).toBe('answered:figures');
});

/** What two hooks of one screen hold (the header's and the view's, or the view's and its comparison's). */
function Holder({ seen, name }: { seen: Map<string, Held>; name: string }) {
  const { data, reportDate, assessment } = usePlanAssessment(null);
  useLayoutEffect(() => {
    if (assessment) seen.set(name, { data, reportDate, assessment });
  });
  return assessment ? <p data-testid={`held-${name}`}>{assessment.tasks.length}</p> : null;
}
type Held = Pick<PlanAssessmentState, 'data' | 'reportDate' | 'assessment'>;

it('derives the report date, the data at it and their assessment once for every hook of one screen', async () => {
  const seen = new Map<string, Held>();
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders config={config} queryClient={qc}>
      <Holder seen={seen} name="header" />
      <Holder seen={seen} name="view" />
    </AppProviders>,
  );
  expect(await screen.findByTestId('held-view', {}, { timeout: 5000 })).toHaveTextContent('15');
  const [header, view] = [seen.get('header')!, seen.get('view')!];
  expect(view.reportDate).not.toBeNull();
  expect(view.reportDate).toBe(header.reportDate);
  expect(view.data).toBe(header.data);
  expect(view.assessment).toBe(header.assessment);
});
