// Copies the production build to .tmp/dist-http and rewrites only config.json, exactly as a deployer
// would point the built site at a real API. The browser suite serves both side by side.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const src = process.env.E2E_DIST ?? 'dist';
const dest = `.tmp/${src.replace(/\W+/g, '-')}-http`;
const mockApi = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 8787}/api/v1`;
if (!existsSync(`${src}/index.html`)) throw new Error('run `npm run build` first');
rmSync(dest, { recursive: true, force: true });
cpSync(src, dest, { recursive: true });
const config = JSON.parse(readFileSync(`${dest}/config.json`, 'utf8')) as Record<string, unknown>;
writeFileSync(
  `${dest}/config.json`,
  `${JSON.stringify(
    {
      ...config,
      mock: { enabled: false, scenario: null },
      api: { baseUrl: mockApi, headers: {}, timeoutMs: 4000 },
      refreshIntervalSeconds: 5,
    },
    null,
    2,
  )}\n`,
);
console.log(`prepared ${dest} (config.json → ${mockApi})`);
