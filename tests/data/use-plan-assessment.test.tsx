// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { MOCK_API_URL, server } from '../../mock/node';
import { AppProviders } from '../../src/app/providers';
import { appConfigSchema } from '../../src/data/config';
import { usePlanAssessment } from '../../src/data/use-plan-assessment';
import { usePlanData } from '../../src/data/use-plan-data';

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

/** The data two components of one screen hold (the header's hook and the view's). */
function Holder({ seen, name }: { seen: Map<string, unknown>; name: string }) {
  const { data, reportDate } = usePlanData(null);
  useLayoutEffect(() => {
    if (data) seen.set(name, { data, reportDate });
  });
  return data ? <p data-testid={`held-${name}`}>{data.tasks.length}</p> : null;
}

it('derives the report date and the data at it once for every component of one screen', async () => {
  const seen = new Map<string, { data: unknown; reportDate: unknown }>();
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
});

function Assessed({ seen, name }: { seen: Map<string, unknown>; name: string }) {
  const { assessment } = usePlanAssessment(null);
  useLayoutEffect(() => {
    if (assessment) seen.set(name, assessment);
  });
  return assessment ? <p data-testid={`assessed-${name}`}>{assessment.tasks.length}</p> : null;
}

it('assesses the same data once for every hook that holds it (the view and its comparison meanwhile)', async () => {
  const seen = new Map<string, unknown>();
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProviders config={config} queryClient={qc}>
      <Assessed seen={seen} name="view" />
      <Assessed seen={seen} name="comparison" />
    </AppProviders>,
  );
  expect(await screen.findByTestId('assessed-comparison', {}, { timeout: 5000 })).toHaveTextContent('15');
  expect(seen.get('comparison')).toBe(seen.get('view'));
});
