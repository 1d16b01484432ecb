import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { MOCK_API_URL } from './support';

/*
 * The built app deployed as a deployer does it: a copy of the build with its own config.json, behind a
 * plain static server with the SPA fallback and the site's Content-Security-Policy.
 */

export const DIST = process.env.E2E_DIST ?? 'dist';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
};

// The same policy as the preview server (vite.config.ts): no 'unsafe-eval', so JSONata and the worker must do without.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self' ${MOCK_API_URL}`,
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface Site {
  url: string;
  server: Server;
}

/** A static file server with the SPA fallback a deployer's web server has. */
export function serve(root: string): Promise<Site> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || path.endsWith('/')) file = join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }),
    ),
  );
}

export const closeSite = (site: Site) => new Promise<void>((r) => site.server.close(() => r()));

/** A copy of the build with its own config.json, as a deployer makes it; `name` names its folder. */
export function deployCopy(name: string, config: string): string {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`build first: ${DIST}/index.html is missing`);
  const dest = join(process.cwd(), '.tmp', `${DIST.replace(/\W+/g, '-')}-${name}`);
  rmSync(dest, { recursive: true, force: true });
  cpSync(DIST, dest, { recursive: true });
  writeFileSync(join(dest, 'config.json'), config);
  return dest;
}

/** An example config from examples/, pointed at this run's mock API. */
export function exampleConfig(name: string, edit: (text: string) => string = (t) => t): string {
  return edit(
    readFileSync(`examples/${name}.config.json`, 'utf8').replaceAll('http://127.0.0.1:8787', MOCK_API_URL),
  );
}
