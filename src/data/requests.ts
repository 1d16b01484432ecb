import { RESOURCE_PATHS, type ResourceName } from '../domain/codes';
import type { AppConfig } from './config';
import { redactUrl } from './errors';
import { PLACEHOLDER } from './placeholders';
import type { SheetSpec } from './sheets/sheet-spec';
import type { Auth, ExtraRequest, ResourceSource } from './source-config';

/*
 * From the config to the HTTP requests of one resource at one date. The real URL and headers go to
 * fetch and nowhere else; what the app shows or logs is `shownUrl` (secrets replaced by ***) and the
 * header names only.
 */

export interface PreparedRequest {
  /** "main" for the resource's own request, else the name given in `requests`. */
  name: string;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The URL with credentials replaced by ***: safe for the screen and for logs. */
  shownUrl: string;
  /** Header names only: values may be credentials. */
  shownHeaders: string[];
  /** Same key, same answer: concurrent identical requests are made once. */
  key: string;
  /** How to read the answer when it is a spreadsheet; absent for JSON. */
  sheet?: SheetSpec;
}

/** What the HTTP entry point (fetchText) takes of a prepared request: where, how, and the URL to show. */
export const requestTarget = (r: PreparedRequest) => ({
  url: r.url,
  headers: r.headers,
  method: r.method,
  body: r.body,
  shownUrl: r.shownUrl,
});

/** Today's date in Beijing, YYYY-MM-DD. */
export function beijingToday(now: number = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Renders `{asOf}`, `{asOf:YYYY/M/D}`, `{year}`, `{month}`, `{day}` for a date, or as '' for none. */
export function renderTemplate(
  template: string,
  date: string | null,
  encode: (s: string) => string = (s) => s,
): string {
  return template.replace(PLACEHOLDER, (_all, name: string) => {
    if (!date) return '';
    const [y = '', m = '', d = ''] = date.split('-');
    if (name === 'asOf') return encode(date);
    if (name === 'year') return y;
    if (name === 'month') return m;
    if (name === 'day') return d;
    const format = name.slice('asOf:'.length);
    return encode(
      format.replace(/YYYY|MM|M|DD|D/g, (t) =>
        t === 'YYYY'
          ? y
          : t === 'MM'
            ? m
            : t === 'M'
              ? String(Number(m))
              : t === 'DD'
                ? d
                : String(Number(d)),
      ),
    );
  });
}

/** In a URL, slashes of a format such as YYYY/MM stay slashes; everything else is encoded. */
const encodeInUrl = (s: string) => encodeURIComponent(s).replace(/%2F/gi, '/');

function renderBody(body: unknown, date: string | null): unknown {
  if (typeof body === 'string') return renderTemplate(body, date);
  if (Array.isArray(body)) return body.map((b) => renderBody(b, date));
  if (body !== null && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, renderBody(v, date)]));
  }
  return body;
}

/** Base64 of UTF-8 text, in the browser and in Node alike. */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

interface RequestSpec {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  query: Record<string, string | number | boolean>;
  body?: unknown;
  auth?: Auth;
  latest: 'empty' | 'today';
  sheet?: SheetSpec;
}

/** A template that is nothing but placeholders (`{asOf}`, `{asOf:YYYYMMDD}`, `{year}`…). */
const PLACEHOLDERS_ONLY = /^(\{[^{}]+\})+$/;

/**
 * The query values the app writes itself from the date: the only values shown in a `shownUrl`, since the
 * app knows they are the date and nothing else. Every other value is masked (redactUrl), whatever its name.
 */
function renderedDates(spec: RequestSpec, date: string | null): Set<string> {
  const values = new Set<string>();
  if (!date) return values;
  const templates = Object.values(spec.query).filter((v): v is string => typeof v === 'string');
  try {
    templates.push(...new URL(spec.url, 'http://relative.invalid').searchParams.values());
  } catch {
    // An unparsable URL template keeps every value masked.
  }
  for (const t of templates) {
    if (PLACEHOLDERS_ONLY.test(t) && t.replace(PLACEHOLDER, '') === '') values.add(renderTemplate(t, date));
  }
  // The canonical contract's own `?asOf=`.
  values.add(date);
  return values;
}

function prepare(name: string, spec: RequestSpec, asOf: string | null, now: number): PreparedRequest {
  const date = asOf ?? (spec.latest === 'today' ? beijingToday(now) : null);
  const rendered = renderTemplate(spec.url, date, encodeInUrl);
  const hashAt = rendered.indexOf('#');
  const withoutHash = hashAt >= 0 ? rendered.slice(0, hashAt) : rendered;
  const params: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(spec.query)) {
    const value = typeof v === 'string' ? renderTemplate(v, date) : String(v);
    if (value !== '') params.push([k, value]);
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(spec.headers)) headers[k] = renderTemplate(v, date);
  const auth = spec.auth;
  if (auth?.type === 'bearer') headers.Authorization = `Bearer ${auth.token}`;
  if (auth?.type === 'basic') headers.Authorization = `Basic ${base64(`${auth.username}:${auth.password}`)}`;
  if (auth?.type === 'apiKey' && auth.in === 'header') headers[auth.name] = auth.value;
  if (auth?.type === 'apiKey' && auth.in === 'query') {
    params.push([auth.name, auth.value]);
  }
  const dateValues = renderedDates(spec, date);
  const search = new URLSearchParams(params).toString();
  const url = search ? `${withoutHash}${withoutHash.includes('?') ? '&' : '?'}${search}` : withoutHash;
  let body: string | undefined;
  if (spec.method === 'POST') {
    body = spec.body === undefined ? undefined : JSON.stringify(renderBody(spec.body, date));
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = 'application/json';
    }
  }
  const headerKey = Object.entries(headers)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k.toLowerCase()}:${v}`)
    .join('\n');
  return {
    name,
    method: spec.method,
    url,
    headers,
    body,
    shownUrl: redactUrl(url, (v) => dateValues.has(v)),
    shownHeaders: Object.keys(headers),
    key: `${spec.method} ${url}\n${headerKey}\n${body ?? ''}`,
    ...(spec.sheet ? { sheet: spec.sheet } : {}),
  };
}

const defaultSource = (): ResourceSource => ({
  method: 'GET',
  headers: {},
  query: {},
  latest: 'empty',
  requests: [],
  provided: true,
});

/** The resource's own request and its extra ones, ready for fetch. */
export function prepareRequests(
  config: AppConfig,
  resource: ResourceName,
  asOf: string | null,
  now: number = Date.now(),
): PreparedRequest[] {
  const own = config.resources[resource] ?? defaultSource();
  const auth = own.auth ?? config.api.auth;
  const sharedHeaders = { ...config.api.headers, ...own.headers };
  const base = config.api.baseUrl.replace(/\/+$/, '');
  const under = (path: string) => `${base}/${path.replace(/^\/+/, '')}`;
  let url = own.url ?? (own.path ? under(own.path) : undefined);
  const query = { ...own.query };
  if (!url) {
    // The canonical contract: {baseUrl}/{path}?asOf=…, the date left out for "latest".
    url = `${base}/${RESOURCE_PATHS[resource]}`;
    if (asOf) query.asOf = asOf;
  }
  const main = prepare('main', { ...own, url, query, headers: sharedHeaders, auth }, asOf, now);
  const extras = own.requests.map((r: ExtraRequest) =>
    prepare(
      r.name,
      {
        ...r,
        url: r.url ?? under(r.path ?? ''),
        headers: { ...sharedHeaders, ...r.headers },
        auth: r.auth ?? auth,
      },
      asOf,
      now,
    ),
  );
  return [main, ...extras];
}

/** What a person may see of a resource's requests: method and redacted URL, one per line. */
export function describeRequests(requests: PreparedRequest[]): string[] {
  return requests.map((r) => `${r.name === 'main' ? '' : `${r.name}: `}${r.method} ${r.shownUrl}`);
}
