// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { DEFAULT_CONFIG } from '../../src/data/config';

// An overview that throws, as one did on rows from another build: the frame must stay, with a retry.
vi.mock('../../src/features/overview/overview-page', () => ({
  OverviewPage: () => {
    throw new Error('cannot read the milestones');
  },
  preloadOverviewCharts: () => {},
}));

describe('the overview route', () => {
  it('fails inside the frame: the header stays and a retry is offered', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>(() => {}));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<App config={DEFAULT_CONFIG} />);
    expect(await screen.findByText(/cannot read the milestones/)).toBeTruthy();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
    vi.restoreAllMocks();
  });
});
