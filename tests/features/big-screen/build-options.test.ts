import { describe, expect, it } from 'vitest';
import { buildGaugeOption } from '../../../src/features/big-screen/build-gauge-option';
import { buildBarsOption } from '../../../src/features/big-screen/build-task-bars-option';
import { buildProgressBarsOption } from '../../../src/features/briefing/build-briefing-charts';
import { PALETTES } from '../../../src/lib/palette';

const dark = PALETTES.dark;
type AnyRec = Record<string, unknown>;
const series = (o: unknown) => (o as { series: AnyRec[] }).series;

describe('big-screen chart options', () => {
  it('the gauge scales its text and ring with the stage rem, and never uses an invalid canvas font', () => {
    const gaugeAt = (rem: number) =>
      buildGaugeOption(
        { name: 'C', progress: 0.47, timeProgress: 0.5, color: '#fff' },
        dark,
        { completion: 'c', timeProgress: 't' },
        rem,
      );
    const at1080 = gaugeAt(16);
    const at4k = gaugeAt(32);
    const d1 = series(at1080)[0]!.detail as AnyRec;
    const d2 = series(at4k)[0]!.detail as AnyRec;
    expect(d2.fontSize).toBe(2 * (d1.fontSize as number));
    expect(d1.fontFamily).not.toBe('inherit');
    expect((d1.formatter as (v: number) => string)(0.47)).toBe('47%');
    expect((series(at1080)[1]!.data as { value: number }[])[0]!.value).toBe(0.5);
  });

  it('escapes names in tooltips', () => {
    const o = buildGaugeOption(
      { name: '<img src=x onerror=alert(1)>', progress: 0.1, timeProgress: 0.2, color: '#fff' },
      dark,
      { completion: 'c', timeProgress: 't' },
      16,
    );
    const html = ((o as AnyRec).tooltip as { formatter: () => string }).formatter();
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img');
  });

  it('bars: first row on top, colours by status, ticks for time, values clamped to the axis', () => {
    const o = buildBarsOption(
      [
        { label: 'a', name: 'A', value: 0.3, mark: 0.5, status: 'lagging' },
        { label: 'b', name: 'B', value: 1.4, mark: null, status: 'done' },
      ],
      dark,
      { value: 'v', mark: 'm', status: (s) => String(s) },
      16,
      { max: 1.2 },
    );
    const [names, figures] = (o as AnyRec).yAxis as { data: string[] }[];
    expect(names!.data).toEqual(['b', 'a']);
    // Figures in their own column at the right, never under a time tick; the real value, not the clamp.
    expect(figures!.data).toEqual(['140%', '30%']);
    const bars = series(o)[0]!.data as { value: number; itemStyle: { color: string } }[];
    expect(bars.map((b) => b.value)).toEqual([1.2, 0.3]);
    expect(bars[1]!.itemStyle.color).toBe(dark.status.lagging);
    expect(series(o)[1]!.data).toEqual([null, 0.5]);
  });

  it('wall chart text is at least 16 px on the 1920×1080 canvas; names wrap rather than being cut', () => {
    const o = buildBarsOption(
      [{ label: 'a', name: 'A', value: 0.3, mark: 0.5, status: 'lagging' }],
      dark,
      { value: 'v', mark: 'm', status: (s) => String(s) },
      16,
    );
    const sizes: number[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (key === 'tooltip') return;
      if (Array.isArray(v)) v.forEach((x) => walk(x));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'fontSize') sizes.push(x as number);
          else walk(x, k);
        }
    };
    walk(o);
    expect(sizes.length).toBeGreaterThan(2);
    for (const s of sizes) expect(s).toBeGreaterThanOrEqual(16);
    const [names] = (o as AnyRec).yAxis as { axisLabel: { overflow: string } }[];
    expect(names!.axisLabel.overflow).toBe('break');
  });

  it('briefing charts never animate (a PDF must not catch a half-drawn bar)', () => {
    const o = buildProgressBarsOption([{ label: 'x', value: 0.5, mark: 0.4, status: null }], PALETTES.light, {
      value: 'v',
      mark: 'm',
    });
    expect((o as AnyRec).animation).toBe(false);
  });
});
