import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, THEMES } from '../../../src/lib/palette';
import { COUNT_MS, countValueAt } from '../../../src/features/big-screen/use-count-to';

describe('countValueAt', () => {
  it('starts at the old figure, ends exactly at the new one and never passes it', () => {
    expect(countValueAt(3, 12, 0)).toBe(3);
    expect(countValueAt(3, 12, COUNT_MS)).toBe(12);
    expect(countValueAt(3, 12, COUNT_MS * 5)).toBe(12);
    const up = Array.from({ length: 50 }, (_, i) => countValueAt(3, 12, (i * COUNT_MS) / 49));
    expect(up.every((v, i) => i === 0 || v >= up[i - 1]!)).toBe(true);
    expect(up.every((v) => Number.isInteger(v) && v >= 3 && v <= 12)).toBe(true);
  });

  it('counts down as well, and a zero duration is a jump', () => {
    const down = Array.from({ length: 20 }, (_, i) => countValueAt(9, 2, (i * COUNT_MS) / 19));
    expect(down[0]).toBe(9);
    expect(down.at(-1)).toBe(2);
    expect(down.every((v, i) => i === 0 || v <= down[i - 1]!)).toBe(true);
    expect(countValueAt(9, 2, 0, 0)).toBe(2);
  });
});

/** WCAG 2 relative luminance and contrast ratio, for the #RRGGBB tokens. */
const lum = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('theme presets', () => {
  it('every preset draws text and status colours at WCAG AA on its panels (4.5:1 text, 3:1 marks)', () => {
    for (const theme of THEMES) {
      const p = PALETTES[theme];
      expect(contrast(p.text, p.panel), `${theme} text`).toBeGreaterThanOrEqual(7);
      expect(contrast(p.textMuted, p.panel), `${theme} muted`).toBeGreaterThanOrEqual(4.5);
      for (const [s, c] of Object.entries(p.status))
        expect(contrast(c, p.panel), `${theme} ${s}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('the projector preset keeps its muted text and status words at 4.5:1 or more on white', () => {
    // Projectors lift blacks and wash out mid-tones: the light wall darkens its muted text further.
    const css = readFileSync('src/features/big-screen/wall-theme.css', 'utf8');
    const muted = /data-theme='light'\][^}]*--muted:\s*(#[0-9a-f]{6})/i.exec(css)?.[1];
    expect(muted).toBeDefined();
    expect(contrast(muted!, '#ffffff')).toBeGreaterThanOrEqual(7);
    for (const c of Object.values(PALETTES.light.status))
      expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('ships the digit face as a file of a few KB, never inlined', () => {
    const font = readFileSync('src/features/big-screen/fonts/wall-digits-700.woff2');
    expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(font.length).toBeLessThan(8 * 1024);
    expect(readFileSync('vite.config.ts', 'utf8')).toMatch(/assetsInlineLimit:.*woff2/);
  });
});
