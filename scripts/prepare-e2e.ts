// Copies the production build to .tmp/dist-http and rewrites only config.json, exactly as a deployer
// would point the built site at a real API. The browser suite serves both side by side.
import { copyBuildForApi } from './lib/deploy-copy';

const src = process.env.E2E_DIST ?? 'dist';
const dest = `.tmp/${src.replace(/\W+/g, '-')}-http`;
const mockApi = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 8787}/api/v1`;
copyBuildForApi(src, dest, {
  api: { baseUrl: mockApi, headers: {}, timeoutMs: 4000 },
  refreshIntervalSeconds: 5,
});
console.log(`prepared ${dest} (config.json → ${mockApi})`);
