import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { MOCK_API_URL, server } from '../../mock/node';
import { appConfigSchema, type AppConfig } from '../../src/data/config';

/**
 * The mock API through msw/node for the calling file: any request it does not answer fails the test, and a
 * scenario one test applies is gone before the next.
 */
export function serveMockApi(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** The app's config for the canonical mock API, with the request timeout a test wants. */
export const mockApiConfig = (timeoutMs: number): AppConfig =>
  appConfigSchema.parse({ mock: { enabled: false }, api: { baseUrl: MOCK_API_URL, timeoutMs } });

/** A query client that fails at once: a fault under test is seen on the first try. */
export const noRetryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });
