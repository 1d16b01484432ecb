import { expect, test } from '@playwright/test';
import { DEMO_URL } from './support';

// Each fault scenario of the in-browser mock, selected at run time by URL, gives a specific visible message.
const cases: Array<{ scenario: string; resource: string; message: RegExp }> = [
  { scenario: 'serverError', resource: 'tasks', message: /tasks: server answered 500/ },
  { scenario: 'malformedJson', resource: 'indicators', message: /indicators: response is not valid JSON/ },
  { scenario: 'wrongShape', resource: 'units', message: /units: response is not of the expected shape/ },
  { scenario: 'htmlErrorPage', resource: 'projects', message: /projects: .*(HTML page|502)/ },
  { scenario: 'empty', resource: 'plan', message: /plan: the plan is empty/ },
  {
    scenario: 'connectionReset',
    resource: 'units',
    message: /units: network error: the connection failed or was reset before any answer/,
  },
  {
    scenario: 'hugeResponse',
    resource: 'workItems',
    message: /workItems: response too large: .+ over the 40 MB limit \(api\.maxResponseMB\)/,
  },
  {
    scenario: 'futureAsOf',
    resource: 'indicators',
    message: /indicators: meta\.asOf \d{4}-\d\d-\d\d is in the future \(today is \d{4}-\d\d-\d\d in Beijing/,
  },
];

test.describe('fault scenarios in the demo build', () => {
  for (const c of cases) {
    test(`${c.scenario} on ${c.resource}`, async ({ page }) => {
      await page.goto(`${DEMO_URL}/?mockScenario=${c.scenario}&mockResource=${c.resource}`);
      await expect(page.getByTestId(`error-${c.resource}`)).toContainText(c.message, { timeout: 30_000 });
      if (c.resource !== 'plan') await expect(page.getByTestId('task-count')).toBeVisible();
    });
  }

  test('partialRows: good rows shown, bad rows dropped and reported by row, field and value', async ({
    page,
  }) => {
    await page.goto(`${DEMO_URL}/?mockScenario=partialRows&mockResource=tasks`);
    const health = page.getByTestId('data-health');
    await expect(health).toContainText(/丢弃 \d+ 行/);
    await health.locator('summary').first().click();
    await expect(page.getByTestId('row-issue').first()).toContainText(/row .+: .+ expected .+, got .+/);
    const shown = Number(await page.getByTestId('task-count').textContent());
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(15);
  });

  test('empty task list: zero tasks, no crash', async ({ page }) => {
    await page.goto(`${DEMO_URL}/?mockScenario=empty&mockResource=tasks`);
    await expect(page.getByTestId('task-count')).toHaveText('0');
    await expect(page.getByTestId('data-health')).toContainText('0/0');
  });
});
