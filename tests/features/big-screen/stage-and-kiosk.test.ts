import { describe, expect, it } from 'vitest';
import { nextReloadTime, parseClock, parseKioskParams } from '../../../src/stores/kiosk-store';
import { computeStage } from '../../../src/stores/stage-store';

describe('stage scaling: the 1920×1080 design on any screen', () => {
  it.each([
    [1920, 1080, 1, 16],
    [3840, 2160, 2, 32],
    [1366, 768, 768 / 1080, (16 * 768) / 1080],
    [5760, 1080, 1, 16],
  ])('fit at %i×%i: scale %d, rem %d', (w, h, scale, rem) => {
    const s = computeStage(w, h, 'fit');
    expect(s.scale).toBeCloseTo(scale, 10);
    expect(s.rem).toBeCloseTo(rem, 10);
    // Letterboxed: the 16:9 box is whole and centred.
    expect(s.width).toBeCloseTo(1920 * scale, 6);
    expect(s.height).toBeCloseTo(1080 * scale, 6);
    expect(s.left).toBeCloseTo((w - s.width) / 2, 6);
    expect(s.top).toBeCloseTo((h - s.height) / 2, 6);
    expect(s.width).toBeLessThanOrEqual(w + 1e-6);
    expect(s.height).toBeLessThanOrEqual(h + 1e-6);
  });

  it('5760×1080 in fit mode leaves 1920 px bars either side', () => {
    const s = computeStage(5760, 1080, 'fit');
    expect(s.left).toBe(1920);
    expect(s.width).toBe(1920);
  });

  it('fill takes the whole viewport and keeps the text scale of the short side', () => {
    expect(computeStage(5760, 1080, 'fill')).toEqual({
      scale: 1,
      rem: 16,
      width: 5760,
      height: 1080,
      left: 0,
      top: 0,
    });
    const s = computeStage(1366, 768, 'fill');
    expect([s.width, s.height, s.left, s.top]).toEqual([1366, 768, 0, 0]);
    expect(s.rem).toBeCloseTo((16 * 768) / 1080, 10);
  });

  it('survives a zero-sized window', () => {
    const s = computeStage(0, 0, 'fit');
    expect(Number.isFinite(s.rem)).toBe(true);
    expect(s.rem).toBeGreaterThan(0);
  });
});

describe('kiosk parameters', () => {
  it('reads the wall set-up from the URL', () => {
    const p = parseKioskParams(
      new URLSearchParams('kiosk=1&rotate=30&reloadAt=04:00&screen=2&fit=fill&idle=15'),
    );
    expect(p).toEqual({
      kiosk: true,
      rotateSeconds: 30,
      rotatePlaylist: false,
      reloadAt: { hour: 4, minute: 0 },
      screen: 1,
      fit: 'fill',
      idleSeconds: 15,
    });
  });

  it('falls back to safe defaults on nonsense', () => {
    const p = parseKioskParams(
      new URLSearchParams('kiosk=yes&rotate=-3&reloadAt=25:00&screen=x&fit=stretch'),
    );
    expect(p).toEqual({
      kiosk: false,
      rotateSeconds: null,
      rotatePlaylist: false,
      reloadAt: null,
      screen: null,
      fit: 'fit',
      idleSeconds: 60,
    });
  });

  it('?rotate=playlist rotates by the configured durations', () => {
    const p = parseKioskParams(new URLSearchParams('rotate=playlist'));
    expect(p.rotatePlaylist).toBe(true);
    expect(p.rotateSeconds).toBeNull();
  });

  it('never rotates faster than every 0.1 s', () => {
    expect(parseKioskParams(new URLSearchParams('rotate=0.01')).rotateSeconds).toBe(0.1);
  });

  it('parses clock times', () => {
    expect(parseClock('4:05')).toEqual({ hour: 4, minute: 5 });
    expect(parseClock('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('04:60')).toBeNull();
    expect(parseClock('0400')).toBeNull();
    expect(parseClock(null)).toBeNull();
  });
});

describe('daily reload scheduling (local time)', () => {
  const local = (y: number, mo: number, d: number, h: number, mi: number, s = 0) =>
    new Date(y, mo - 1, d, h, mi, s).getTime();

  it('later today when the time has not come yet', () => {
    expect(nextReloadTime(local(2025, 3, 10, 1, 30), { hour: 4, minute: 0 })).toBe(local(2025, 3, 10, 4, 0));
  });

  it('tomorrow once the time has passed, or at the very moment (so a reload at 04:00 does not loop)', () => {
    expect(nextReloadTime(local(2025, 3, 10, 4, 0), { hour: 4, minute: 0 })).toBe(local(2025, 3, 11, 4, 0));
    expect(nextReloadTime(local(2025, 3, 10, 4, 0, 1), { hour: 4, minute: 0 })).toBe(
      local(2025, 3, 11, 4, 0),
    );
    expect(nextReloadTime(local(2025, 3, 10, 23, 59), { hour: 4, minute: 0 })).toBe(local(2025, 3, 11, 4, 0));
  });

  it('crosses month and year ends', () => {
    expect(nextReloadTime(local(2025, 12, 31, 22, 0), { hour: 4, minute: 0 })).toBe(local(2026, 1, 1, 4, 0));
    expect(nextReloadTime(local(2024, 2, 28, 5, 0), { hour: 4, minute: 0 })).toBe(local(2024, 2, 29, 4, 0));
  });

  it('is always within the next 24 hours', () => {
    for (let h = 0; h < 24; h++) {
      const now = local(2025, 6, 15, h, 17);
      const next = nextReloadTime(now, { hour: 4, minute: 0 });
      expect(next).toBeGreaterThan(now);
      expect(next - now).toBeLessThanOrEqual(24 * 3600_000);
    }
  });
});
