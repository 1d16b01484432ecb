/**
 * The wall's digit face: Barlow Condensed Bold (SIL OFL 1.1, from @fontsource/barlow-condensed) cut down to
 * the figures and the few signs a counter shows, so the wall ships a couple of KB rather than the 22 KB
 * Latin file. Run after upgrading the package: `npx tsx scripts/subset-digit-font.ts`; a unit test fails
 * when the committed file no longer matches what this produces.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

/** Figures, the signs around them (%, sign, separators, the clock's colon) and "—" for missing data. */
export const DIGIT_FONT_TEXT = '0123456789.,%+-−–—:/ ';
export const DIGIT_FONT_SOURCE = fileURLToPath(
  new URL(
    '../node_modules/@fontsource/barlow-condensed/files/barlow-condensed-latin-700-normal.woff2',
    import.meta.url,
  ),
);
export const DIGIT_FONT_OUT = fileURLToPath(
  new URL('../src/features/big-screen/fonts/wall-digits-700.woff2', import.meta.url),
);

export async function subsetDigitFont(): Promise<Buffer> {
  const source = await readFile(DIGIT_FONT_SOURCE);
  // tnum kept so figures never jitter even where the face's default digits are proportional.
  return subsetFont(source, DIGIT_FONT_TEXT, { targetFormat: 'woff2', keepFeatures: ['tnum', 'kern'] });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await subsetDigitFont();
  await writeFile(DIGIT_FONT_OUT, out);
  console.log(`${DIGIT_FONT_OUT}: ${out.length} bytes`);
}
