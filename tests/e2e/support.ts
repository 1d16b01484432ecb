import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { assessPlan, DEFAULT_THRESHOLDS, type PlanAssessment } from '../../src/domain/metrics';
import { planSchema, rowSchemas } from '../../src/domain/schemas';
import { z } from 'zod';
import { readFileSync } from 'node:fs';

export const DEMO_URL = `http://127.0.0.1:${process.env.E2E_DEMO_PORT ?? 4173}`;
export const HTTP_APP_URL = `http://127.0.0.1:${process.env.E2E_HTTP_PORT ?? 4174}`;
export const MOCK_API_URL = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 8787}`;

/**
 * The theme and language a person chose earlier, in place before the page loads. The one place the e2e
 * suite knows the UI store's storage (its persist options in src/stores/ui-store.ts, read before the app
 * starts by public/boot.js): change them and this together.
 */
export const presetUi = (page: Page, ui: { theme: 'dark' | 'light'; lang: 'zh' | 'en' }) =>
  page.addInitScript(
    ({ theme, lang }) =>
      localStorage.setItem('zerobay-ui', JSON.stringify({ state: { theme, lang }, version: 0 })),
    ui,
  );

/** What the domain metrics give for the mock data at a date, fetched over HTTP outside the browser. */
export async function expectedAssessment(asOf: string | null): Promise<PlanAssessment> {
  const q = asOf ? `?asOf=${asOf}` : '';
  const get = async (path: string) =>
    (await (await fetch(`${MOCK_API_URL}/api/v1/${path}${q}`)).json()) as {
      data: unknown;
      meta: { asOf: string };
    };
  const plan = await get('plan');
  const [units, tasks, indicators, workItems, projects] = await Promise.all(
    ['units', 'tasks', 'indicators', 'work-items', 'projects'].map(get),
  );
  const data = {
    plan: planSchema.parse(plan.data),
    units: z.array(rowSchemas.units).parse(units!.data),
    tasks: z.array(rowSchemas.tasks).parse(tasks!.data),
    indicators: z.array(rowSchemas.indicators).parse(indicators!.data),
    workItems: z.array(rowSchemas.workItems).parse(workItems!.data),
    projects: z.array(rowSchemas.projects).parse(projects!.data),
  };
  return assessPlan(data, plan.meta.asOf, DEFAULT_THRESHOLDS);
}

export const pct = (f: number) => `${Math.round(f * 100)}%`;

/** Fails the test on any console error or uncaught exception in the page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

export async function setMockScenario(
  name: string | null,
  resource?: string,
  extra: { delayMs?: number } = {},
) {
  const res = await fetch(`${MOCK_API_URL}/__mock/scenario`, {
    method: name ? 'POST' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: name ? JSON.stringify({ name, resource, ...extra }) : undefined,
  });
  expect(res.ok).toBe(true);
}

/** The overview's task tiles: count, completion, time progress and one count per status shown. */
export async function expectTaskFigures(page: Page, a: PlanAssessment) {
  const overview = page.getByTestId('overview');
  await expect(overview.getByTestId('task-count')).toHaveText(String(a.overall!.count));
  await expect(overview.getByTestId('overall-completion')).toHaveText(pct(a.overall!.meanProgress));
  await expect(overview.getByTestId('overall-time')).toHaveText(pct(a.overall!.meanTimeProgress));
  const kpi = overview.getByTestId('kpi-tasks');
  for (const [status, n] of Object.entries(a.overall!.counts)) {
    if (n > 0) await expect(kpi.getByTestId(`count-${status}`)).toContainText(String(n));
    else await expect(kpi.getByTestId(`count-${status}`)).toHaveCount(0);
  }
}

export async function expectOverviewNumbers(page: Page, a: PlanAssessment) {
  await expectTaskFigures(page, a);
  const overview = page.getByTestId('overview');
  await expect(overview.getByTestId('indicators-met')).toHaveText(String(a.indicatorsOverall!.met));
  await expect(overview.getByTestId('indicators-at-risk')).toHaveText(String(a.indicatorsOverall!.atRisk));
  for (const f of a.byFunction!) {
    await expect(overview.getByTestId(`function-${f.key}-completion`)).toHaveText(pct(f.meanProgress));
  }
}

/**
 * The share of a chart's canvas that is drawn on. Axes and labels alone ink a few per cent; filled lines
 * and bars a third or more. It tells a chart that draws its data from one that only drew its frame.
 */
export async function chartInk(chart: Locator): Promise<number> {
  await expect(chart).toHaveAttribute('data-painted', 'true');
  // The entry animation: wait until the picture stops changing.
  let last = -1;
  for (let i = 0; i < 20; i++) {
    const ink = await chart
      .locator('canvas')
      .first()
      .evaluate((c) => {
        const cv = c as HTMLCanvasElement;
        const d = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
        let n = 0;
        for (let k = 3; k < d.length; k += 4) if (d[k]! > 0) n++;
        return n / (d.length / 4);
      });
    if (Math.abs(ink - last) < 0.001) return ink;
    last = ink;
    await chart.page().waitForTimeout(250);
  }
  return last;
}

/** Axe's serious and critical findings on the page as it is, each with up to three of its elements. */
export async function seriousAxeViolations(page: Page, prefix = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${prefix}${prefix ? ' ' : ''}${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** The `data` of one of the mock API's answers, today's, as the app would get it. */
export const mockApiData = async <T>(path: string): Promise<T> =>
  ((await (await fetch(`${MOCK_API_URL}/api/v1/${path}`)).json()) as { data: T }).data;

/** The file a click makes the page download: its suggested name and its bytes. */
export async function downloaded(page: Page, click: () => Promise<unknown>) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}
