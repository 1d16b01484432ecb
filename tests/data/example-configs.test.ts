import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOCK_API_URL } from '../../mock/node';
import { parseConfig, type AppConfig } from '../../src/data/config';
import { loadResource } from '../../src/data/load-resource';
import { inProcessRunner } from '../../src/data/mapping/runner';
import { RESOURCES } from '../../src/domain/schemas';
import { withoutMissingTwins } from '../support/english-twins';
import { serveMockApi } from '../support/mock-server';

/*
 * The three example configs against the three foreign mocks: every resource, mapped and validated,
 * must equal what the canonical API gives for the same date — row for row, field for field.
 */

const EXAMPLES = ['ledger', 'sheet', 'opendata'] as const;
const ORIGIN = 'http://127.0.0.1:8787';

export function exampleConfig(name: string, origin: string): AppConfig {
  const text = readFileSync(new URL(`../../examples/${name}.config.json`, import.meta.url), 'utf8');
  return parseConfig(JSON.parse(text.replaceAll(ORIGIN, origin)), `${name}.config.json`);
}

const canonical = parseConfig({ mock: { enabled: false }, api: { baseUrl: MOCK_API_URL } }, 'canonical');
const origin = new URL(MOCK_API_URL).origin;

serveMockApi();

describe.each(EXAMPLES)('examples/%s.config.json', (name) => {
  const config = exampleConfig(name, origin);

  it.each([null, '2021-06-30'])('gives the canonical data for every resource at %s', async (asOf) => {
    for (const resource of RESOURCES) {
      const [want, got] = await Promise.all([
        loadResource(canonical, resource, asOf),
        loadResource(config, resource, asOf, { runner: inProcessRunner }),
      ]);
      expect(got.report.issues, `${resource}: ${JSON.stringify(got.report.issues.slice(0, 3))}`).toEqual([]);
      expect(got.report.kept, resource).toBe(want.report.kept);
      expect(got.meta.asOf, resource).toBe(want.meta.asOf);
      expect(got.data, resource).toEqual(withoutMissingTwins(want.data, got.data));
      expect(got.assumed, resource).not.toContain('asOf');
      expect(got.mappingMs).not.toBeNull();
    }
  });

  it('shows no credential in any URL it reports', async () => {
    const r = await loadResource(config, 'tasks', '2021-06-30', { runner: inProcessRunner });
    const shown = JSON.stringify(r.requests);
    for (const secret of [
      'zerobay-ledger-demo-token',
      'zerobay-sheet-demo-key',
      'zerobay-opendata-demo-key',
    ]) {
      expect(shown).not.toContain(secret);
    }
  });
});
