import { describe, expect, it } from 'vitest';
import { buildBarsOption } from '../../src/features/big-screen/build-task-bars-option';
import { buildProgressBarsOption } from '../../src/features/briefing/build-briefing-charts';
import { chartText } from '../../src/lib/chart-text';
import { PALETTES } from '../../src/lib/palette';

// Direction overrides and zero-width characters reach the canvas through every text of an option, not only
// the tooltips that escapeHtml guards: axis categories, series and legend names, labels, formatters.

const RLO = '\u202E';
const ZWSP = '\u200B';
const CONTROL = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Every string in an option, and every string its functions return for a typical call. */
function texts(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    const params = { dataIndex: 0, value: 0.5, name: `${RLO}名`, seriesName: `${RLO}系列`, data: {} };
    try {
      texts((value as (...a: unknown[]) => unknown)([params], 0), out, seen);
      texts((value as (...a: unknown[]) => unknown)(params, 0), out, seen);
    } catch {
      // A function that needs ECharts' own arguments (renderItem) is not called here.
    }
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) texts(v, out, seen);
  }
  return out;
}

const hostile = (s: string) => `${RLO}${s.slice(0, 1)}${ZWSP}${s.slice(1)}`;

describe('chartText', () => {
  const rows = [
    {
      label: hostile('交大科技园'),
      name: hostile('交大科技园建设'),
      value: null,
      mark: 0.5,
      status: null,
      valueText: hostile('无数据'),
    },
    {
      label: hostile('大零号湾'),
      name: hostile('大零号湾'),
      value: 0.4,
      mark: 0.5,
      status: 'onTrack' as const,
    },
  ];
  const labels = { value: hostile('完成度'), mark: hostile('时间进度'), status: () => hostile('正常') };

  it("leaves no control in any text of the wall's task bars: categories, series names, labels, tooltip", () => {
    const raw = buildBarsOption(rows, PALETTES.dark, labels, 16);
    // What the canvas drew before: the builder hands API text through as it came.
    expect(texts(raw).some((t) => CONTROL.test(t))).toBe(true);
    const shown = texts(chartText(raw));
    expect(shown).toContain('交大科技园');
    expect(shown.filter((t) => CONTROL.test(t))).toEqual([]);
  });

  it("covers the briefing's bars too: legend, series names and labels", () => {
    const option = buildProgressBarsOption(
      [{ label: hostile('闵行区'), value: 0.5, mark: 0.4, status: null }],
      PALETTES.light,
      { value: hostile('完成度'), mark: hostile('时间进度') },
    );
    expect(texts(option).some((t) => CONTROL.test(t))).toBe(true);
    expect(texts(chartText(option)).filter((t) => CONTROL.test(t))).toEqual([]);
  });

  it('is pure: the option given is unchanged, an option without controls comes back as it was, class instances are kept', () => {
    class Gradient {
      colorStops = [{ offset: 0, color: '#fff' }];
    }
    const gradient = new Gradient();
    const clean = { series: [{ name: 'a', data: [1, 2], itemStyle: { color: gradient } }] };
    expect(chartText(clean)).toBe(clean);
    const dirty = {
      title: { text: hostile('标题') },
      series: [{ name: 'a', itemStyle: { color: gradient } }],
    };
    const out = chartText(dirty);
    expect(out.title.text).toBe('标题');
    expect(dirty.title.text).toBe(hostile('标题'));
    expect(out.series).toBe(dirty.series);
    expect(out.series[0]!.itemStyle.color).toBe(gradient);
  });
});
