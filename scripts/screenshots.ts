// Renders views at the four reference sizes in both themes, for people to look at (not a test).
// Usage: serve the build (npm run preview) then `npm run screenshots -- [--url http://127.0.0.1:4173] [--out .tmp/shots] [--path /?asOf=2021-06-30]`
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser-bench';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const base = arg('url', 'http://127.0.0.1:4173');
const out = arg('out', '.tmp/shots');
const paths = arg('path', '/').split(',');
const sizes = [
  [1920, 1080],
  [3840, 2160],
  [1366, 768],
  [390, 844],
] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
for (const path of paths) {
  for (const theme of ['dark', 'light'] as const) {
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en' && theme === 'light') continue;
      for (const [width, height] of sizes) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.addInitScript(
          ([t, l]) =>
            localStorage.setItem('zerobay-ui', JSON.stringify({ state: { theme: t, lang: l }, version: 0 })),
          [theme, lang],
        );
        await page.goto(`${base}${path}`);
        // Any view: wait until the data has arrived and charts have had time to draw their first frames.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(1200);
        if (width <= 1366) {
          // A full-page picture: scroll to the foot and back first, as a person would, so that charts which
          // draw only when they come near (the overview's trend on a phone) are drawn.
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          await page.waitForTimeout(1200);
          await page.evaluate(() => window.scrollTo(0, 0));
        }
        const slug = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'overview';
        const file = `${out}/${slug}-${theme}-${lang}-${width}x${height}.png`;
        await page.screenshot({ path: file, fullPage: width <= 1366 });
        console.log(file);
        await page.close();
      }
    }
  }
}
await browser.close();
