import { describe, expect, it } from 'vitest';
import { appConfigSchema, DEFAULT_CONFIG } from '../../../src/data/config';
import { CANVASES, computeCanvasStage, pickCanvas } from '../../../src/features/big-screen/canvas';
import { pagesOf, resolvePlaylist } from '../../../src/features/big-screen/playlist';
import { dueAt, initialRotation, rotate } from '../../../src/features/big-screen/rotation';
import { SCREEN_REGISTRY } from '../../../src/features/big-screen/screens';

describe('canvas presets', () => {
  it.each([
    [1920, 1080, '16x9'],
    [3840, 2160, '16x9'],
    [1366, 768, '16x9'],
    [3840, 1080, '32x9'],
    [5760, 1080, '48x9'],
    [1080, 1920, '9x16'],
    [390, 844, '9x16'],
    [2560, 1080, '16x9'],
  ])('%i×%i picks %s', (w, h, id) => {
    expect(pickCanvas(w, h).id).toBe(id);
  });

  it('?canvas= wins over the guess; nonsense is ignored', () => {
    expect(pickCanvas(1920, 1080, '48x9').id).toBe('48x9');
    expect(pickCanvas(1920, 1080, '4x3').id).toBe('16x9');
  });

  it('a matching wall is filled edge to edge, at the same scale as 16:9 on one of its displays', () => {
    const s = computeCanvasStage(5760, 1080, 'fit', CANVASES['48x9']);
    expect(s).toMatchObject({ scale: 1, rem: 16, width: 5760, height: 1080, left: 0, top: 0 });
    const uhd = computeCanvasStage(3840, 2160, 'fit', CANVASES['16x9']);
    expect(uhd).toMatchObject({ scale: 2, rem: 32, width: 3840, height: 2160 });
  });

  it('only an odd ratio is letterboxed', () => {
    const s = computeCanvasStage(2560, 1080, 'fit', pickCanvas(2560, 1080));
    expect(s.width).toBe(1920);
    expect(s.left).toBe(320);
  });

  it('a phone fills its width and its whole height with the portrait column', () => {
    const s = computeCanvasStage(390, 844, 'fit', pickCanvas(390, 844));
    expect(s).toMatchObject({ width: 390, height: 844, left: 0, top: 0 });
    // Twice the type a 1080-wide design would give it: 14 px body text, not 7.
    expect(s.scale).toBeCloseTo(390 / 540, 5);
    expect(20 * s.scale).toBeGreaterThan(14);
  });
});

describe('playlist', () => {
  const known = new Set(['overview', 'tasks', 'indicators']);

  it('defaults to every screen the wall has, in the registry’s order', () => {
    expect(DEFAULT_CONFIG.bigScreen.playlist.map((e) => e.screen)).toEqual(Object.keys(SCREEN_REGISTRY));
  });

  it('a canvas’s own playlist wins; unknown screens are left out and named with their place', () => {
    const config = appConfigSchema.parse({
      mock: { enabled: false },
      bigScreen: {
        playlist: [{ screen: 'tasks', seconds: 20 }],
        canvases: { '48x9': { playlist: [{ screen: 'overview' }, { screen: 'map' }] } },
      },
    }).bigScreen;
    expect(resolvePlaylist(config, CANVASES['16x9'], known).entries).toEqual([
      { screen: 'tasks', seconds: 20 },
    ]);
    const wide = resolvePlaylist(config, CANVASES['48x9'], known);
    expect(wide.entries).toEqual([{ screen: 'overview' }]);
    expect(wide.problems).toEqual([{ path: 'bigScreen.canvases.48x9.playlist[1].screen', value: 'map' }]);
  });

  it('config.json is strict: misspelt keys, too short a dwell and unknown canvases are errors', () => {
    const bad = (bigScreen: unknown) =>
      appConfigSchema.safeParse({ mock: { enabled: false }, bigScreen }).success;
    expect(bad({ playlist: [{ screen: 'tasks', second: 20 }] })).toBe(false);
    expect(bad({ playlist: [{ screen: 'tasks', seconds: 1 }] })).toBe(false);
    expect(bad({ playlist: [] })).toBe(false);
    expect(bad({ canvases: { '4x3': { playlist: [{ screen: 'tasks' }] } } })).toBe(false);
  });

  it('cuts the playlist into one page per set of panes, the last page filled from the start', () => {
    const e = [
      { screen: 'a', seconds: 10 },
      { screen: 'b', seconds: 40 },
      { screen: 'c', seconds: 20 },
      { screen: 'd', seconds: 30 },
    ];
    expect(pagesOf(e, 1).map((p) => p.screens)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(pagesOf(e, 3)).toEqual([
      { screens: ['a', 'b', 'c'], seconds: 40 },
      { screens: ['d', 'a', 'b'], seconds: 40 },
    ]);
    expect(pagesOf(e.slice(0, 3), 3)).toHaveLength(1);
    expect(pagesOf([e[0]!], 2)).toEqual([{ screens: ['a', 'a'], seconds: 10 }]);
  });
});

describe('rotation with a dwell per screen', () => {
  it('each screen stays as long as its own duration', () => {
    const t = { intervalMs: 30_000, dwellMs: [10_000, 40_000], idleMs: 60_000 };
    let s = initialRotation(2, 0, 0);
    expect(dueAt(s, t)).toBe(10_000);
    s = rotate(s, { type: 'tick', now: 10_000 }, t);
    expect(s.index).toBe(1);
    expect(dueAt(s, t)).toBe(50_000);
    s = rotate(s, { type: 'tick', now: 50_000 }, t);
    expect(s.index).toBe(0);
    expect(dueAt(s, t)).toBe(60_000);
  });
});
