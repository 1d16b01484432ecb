// Draws the home-screen icons (public/icons/*.png) from public/favicon.svg's design with Debian's
// Chromium, so they match the tab icon. Run after changing the design: `npx tsx scripts/make-icons.ts`;
// the PNGs are committed (a few KB), the build only copies them.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser-bench';

/** The mark: a ring and a "0" on the navy of the header. `inset` is the share of the side left around it. */
const icon = (size: number, inset: number, rounded: boolean) => {
  const r = size * (0.5 - inset) * 0.62;
  const c = size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${rounded ? size * 0.19 : 0}" fill="#0B1A3A"/>
<circle cx="${c}" cy="${c}" r="${r}" fill="none" stroke="#00BAFF" stroke-width="${r * 0.3}"/>
<text x="${c}" y="${c + r * 0.4}" font-size="${r * 1.15}" font-family="sans-serif" font-weight="700" text-anchor="middle" fill="#fff">0</text>
</svg>`;
};

const ICONS = [
  { file: 'icon-192.png', size: 192, inset: 0.06, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0.06, rounded: true },
  // Maskable: the platform cuts its own shape, so the background is full bleed and the mark stays inside
  // the central safe circle (80 % of the side).
  { file: 'icon-maskable-512.png', size: 512, inset: 0.16, rounded: false },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { file, size, inset, rounded } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>${icon(size, inset, rounded)}`,
    );
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(`public/icons/${file}`, png);
    console.log(`public/icons/${file}: ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
