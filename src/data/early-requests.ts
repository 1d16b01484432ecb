import { RESOURCES } from '../domain/codes';
import { validDate } from '../lib/valid-date';
import { requestInit, type Validators } from './api-client';
import type { AppConfig } from './config';
import { isProvided } from './provided';
import { prepareRequests, type PreparedRequest } from './requests';
import { sentAsOf } from './undated';

/*
 * The report date's requests as the app's first fetch of them will be, worked out with the app's own request
 * code (the addresses, headers, bodies and credentials are the very ones the app sends), so they can be sent
 * as soon as config.json has been read (src/data/early-flights.ts) and taken by the app's fetch layer by the
 * same key (load-resource.ts).
 */

/** What makes two requests the same request, answer and all: the app never makes the same one twice at once. */
export const flightKey = (config: AppConfig, r: PreparedRequest, v: Validators | null): string =>
  `${r.key}\n${config.api.timeoutMs}\n${config.api.maxResponseMB}\n${v?.etag ?? ''}\n${v?.lastModified ?? ''}\n${r.sheet ? 'bytes' : 'text'}`;

/** One early request: where, and what fetch is given (its signal aside). */
export interface EarlyRequest {
  key: string;
  url: string;
  init: RequestInit;
}

/**
 * Every request of the six resources at the page's report date, as the app's first fetch of them will be
 * (no validators: a page that has just loaded holds none). None for the demo: its API is the in-page mock,
 * which the app starts.
 */
export function earlyRequests(config: AppConfig, search: string, now: number): EarlyRequest[] {
  if (config.mock.enabled) return [];
  const asOf = validDate(new URLSearchParams(search).get('asOf'));
  return RESOURCES.filter((resource) => resource === 'plan' || isProvided(config, resource)).flatMap(
    (resource) =>
      prepareRequests(config, resource, sentAsOf(config, resource, asOf), now).map((r) => ({
        key: flightKey(config, r, null),
        url: r.url,
        init: requestInit({ method: r.method, body: r.body, headers: r.headers, binary: Boolean(r.sheet) }),
      })),
  );
}
