import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOCK_API_URL } from '../../mock/node';
import { parseConfig } from '../../src/data/config';
import { forgetAnswers, loadResource } from '../../src/data/load-resource';
import { inProcessRunner } from '../../src/data/mapping/runner';
import { RESOURCES } from '../../src/domain/schemas';
import { withoutMissingTwins } from '../support/english-twins';
import { serveMockApi } from '../support/mock-server';

/*
 * examples/excel/: the demo ledger kept as one Excel workbook (notes above the tables, a merged two-row
 * header, real and typed dates, a 合计 row) must give, resource by resource, what the canonical API gives.
 */

const workbook = readFileSync(new URL('../../examples/excel/台账.xlsx', import.meta.url));
const config = parseConfig(
  JSON.parse(readFileSync(new URL('../../examples/excel/excel.config.json', import.meta.url), 'utf8')),
  'excel.config.json',
);
const canonical = parseConfig({ mock: { enabled: false }, api: { baseUrl: MOCK_API_URL } }, 'canonical');

/** The site's folder: the workbook at /data/台账.xlsx, as a web server sends it. */
const site = (body: Uint8Array) =>
  (async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://site.invalid');
    if (decodeURIComponent(url.pathname) !== '/data/台账.xlsx')
      return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(body), {
      headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    });
  }) as typeof fetch;

serveMockApi();

const template = readFileSync(new URL('../../examples/excel/台账模板.xlsx', import.meta.url));
const templateConfig = parseConfig(
  JSON.parse(readFileSync(new URL('../../examples/excel/template.config.json', import.meta.url), 'utf8')),
  'template.config.json',
);

describe('examples/excel', () => {
  it('the ledger template, as downloaded, loads with its config: the plan, 15 tasks, 4 aspects, no row dropped', async () => {
    forgetAnswers();
    expect(readFileSync(new URL('../../public/ledger-template.xlsx', import.meta.url))).toEqual(template);
    for (const resource of RESOURCES) {
      const got = await loadResource(templateConfig, resource, null, {
        runner: inProcessRunner,
        fetchImpl: site(template),
      });
      expect(got.report.issues, `${resource}: ${JSON.stringify(got.report.issues.slice(0, 3))}`).toEqual([]);
      expect(got.meta.asOf, resource).toBe('2025-12-31');
      if (resource === 'tasks') expect(got.report.kept).toBe(15);
      if (resource === 'plan') expect((got.data as { aspects: unknown[] }).aspects).toHaveLength(4);
    }
  });

  it('gives the canonical data for every resource', async () => {
    forgetAnswers();
    for (const resource of RESOURCES) {
      const [want, got] = await Promise.all([
        loadResource(canonical, resource, null),
        loadResource(config, resource, null, { runner: inProcessRunner, fetchImpl: site(workbook) }),
      ]);
      expect(got.report.issues, `${resource}: ${JSON.stringify(got.report.issues.slice(0, 3))}`).toEqual([]);
      expect(got.meta.asOf, resource).toBe(want.meta.asOf);
      expect(got.assumed, resource).not.toContain('asOf');
      expect(got.data, resource).toEqual(withoutMissingTwins(want.data, got.data));
    }
  });
});
