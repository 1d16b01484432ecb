import { expect, test } from '@playwright/test';
import { behindCount, defaultCompareDate, rankChanges } from '../../src/domain/metrics';
import { collectPageErrors, DEMO_URL, expectedAssessment, presetUi } from './support';

/**
 * One story in every view, spot-checked in the DOM (the property test checks the selectors at any dates):
 * at one report date with the default compare date, the overview, the wall and the units page show the
 * same counts, every unit, and arrows that say what they measure.
 */
const AS_OF = '2024-06-30';

test('overview, wall and units agree at one date, with the default compare date on show', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await presetUi(page, { theme: 'dark', lang: 'zh' });
  const a = await expectedAssessment(AS_OF);
  const compare = defaultCompareDate(AS_OF, 3);
  expect(compare).toBe('2024-03-31');
  const before = await expectedAssessment(compare);
  const c = a.overall!.counts;

  await page.goto(`${DEMO_URL}/?asOf=${AS_OF}`);
  await expect(page.getByTestId('task-count').first()).toContainText(String(a.overall!.count));
  // The compare date in force is in the field, marked as the default.
  await expect(page.getByTestId('compare-input')).toHaveValue(compare);
  await expect(page.getByTestId('compare-default')).toBeVisible();
  for (const s of ['done', 'onTrack', 'watch', 'lagging'] as const)
    if (c[s] > 0) await expect(page.getByTestId(`count-${s}`).first()).toContainText(String(c[s]));

  await page.goto(`${DEMO_URL}/big-screen?kiosk=1&asOf=${AS_OF}`);
  const tile = (id: string) => page.getByTestId(id).locator('.bs-counter-digits');
  await expect(tile('bs-count-onTrack')).toHaveAttribute('aria-label', new RegExp(` ${c.onTrack}`));
  await expect(tile('bs-count-watch')).toHaveAttribute('aria-label', new RegExp(` ${c.watch}`));
  await expect(tile('bs-count-behind')).toHaveAttribute('aria-label', new RegExp(` ${behindCount(c)}`));
  await expect(tile('bs-count-done')).toHaveAttribute('aria-label', new RegExp(` ${c.done}`));
  // The overview screen pages its ranking and says how many units there are; the ranking board lists every
  // unit, the last one too, each with its gap to time elapsed.
  await expect(page.getByTestId('bs-ranking-panel')).toContainText(`共 ${a.ranking!.length} 个单位`);
  await page.goto(`${DEMO_URL}/big-screen?kiosk=1&screen=4&asOf=${AS_OF}`);
  const rows = page.getByTestId('bs-board-row');
  await expect(rows).toHaveCount(a.ranking!.length);
  const last = a.ranking![a.ranking!.length - 1]!;
  await expect(rows.last()).toContainText(String(last.rank));
  for (const text of await rows.allTextContents()) expect(text).toMatch(/[▲▼] [+−]\d+ 个百分点|持平/);

  await page.goto(`${DEMO_URL}/units?asOf=${AS_OF}`);
  await expect(page.getByTestId('board-row')).toHaveCount(a.ranking!.length);
  const moved = rankChanges(a.ranking!, before.ranking!).filter((x) => x.delta !== null && x.delta !== 0);
  const moves = page.getByTestId('board-row').getByTestId('rank-move');
  for (const text of await moves.allTextContents()) {
    if (/[▲▼]/.test(text)) expect(text).toMatch(/名次 [▲▼]\d+/);
  }
  expect((await moves.allTextContents()).filter((x) => /[▲▼]/.test(x)).length).toBe(moved.length);
  expect(errors).toEqual([]);
});
