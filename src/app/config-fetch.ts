/* Its own module, free of React: src/app/config-first.ts uses it before the rest of the app is evaluated. */

interface EarlyConfig {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    /** Set by public/boot.js: the deployed config.json, requested before the app's scripts ran. */
    __zerobayConfig?: EarlyConfig;
  }
}

/**
 * The fetch that loads config.json: the answer public/boot.js already requested when it asked for the
 * same URL (it is taken once), otherwise a new request.
 */
export function configFetch(
  configUrl: string,
  pageUrl: string,
  early = window.__zerobayConfig,
): typeof fetch {
  if (!early || new URL(configUrl, pageUrl).href !== early.url) return fetch;
  window.__zerobayConfig = undefined;
  return () => early.response;
}
