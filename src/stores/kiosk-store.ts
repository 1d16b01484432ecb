import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from '../lib/router';
import { reloadTakingUpdate } from './update-store';

/**
 * Kiosk and wall-screen settings. They live in the URL, not in storage, so the link a screen was set up
 * with is the whole of its configuration: `?kiosk=1&rotate=30&reloadAt=04:00&screen=2&fit=fill`.
 */
export type FitMode = 'fit' | 'fill';

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface KioskParams {
  /** `?kiosk=1`: no chrome (header, navigation, on-screen controls). Esc leaves it. */
  kiosk: boolean;
  /** `?rotate=SECONDS`: rotate the big-screen playlist; null = stay on one screen. */
  rotateSeconds: number | null;
  /** `?rotate=playlist`: rotate with each screen's own duration from config.json's playlist. */
  rotatePlaylist: boolean;
  /** `?reloadAt=HH:MM`: reload once a day at this local time, keeping the URL. */
  reloadAt: ClockTime | null;
  /** `?screen=N`, 1-based in the URL, 0-based here; null = the first. */
  screen: number | null;
  /** `?fit=fill` stretches the layout over the whole screen; the default letterboxes the 16:9 design. */
  fit: FitMode;
  /** `?idle=SECONDS`: after someone touches the screen, rotation waits this long before going on. */
  idleSeconds: number;
}

/** Below this a rotation is a strobe; the soak run uses 0.2 s on purpose, a wall never should. */
const MIN_ROTATE_SECONDS = 0.1;
const DEFAULT_IDLE_SECONDS = 60;

export function parseClock(raw: string | null | undefined): ClockTime | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(raw?.trim() ?? '');
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

const positive = (raw: string | null): number | null => {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : null;
};

export function parseKioskParams(params: URLSearchParams): KioskParams {
  const kioskRaw = params.get('kiosk');
  const rotate = positive(params.get('rotate'));
  const screen = positive(params.get('screen'));
  return {
    kiosk: kioskRaw === '1' || kioskRaw === 'true',
    rotateSeconds: rotate === null ? null : Math.max(MIN_ROTATE_SECONDS, rotate),
    rotatePlaylist: params.get('rotate') === 'playlist',
    reloadAt: parseClock(params.get('reloadAt')),
    screen: screen === null ? null : Math.floor(screen) - 1,
    fit: params.get('fit') === 'fill' ? 'fill' : 'fit',
    idleSeconds: positive(params.get('idle')) ?? DEFAULT_IDLE_SECONDS,
  };
}

/**
 * The next moment, strictly after `now`, when the local clock reads `at`. Built with local-time setters
 * so a daylight-saving change (not in Shanghai, but a screen may sit elsewhere) still lands on the hour.
 */
export function nextReloadTime(now: number, at: ClockTime): number {
  const d = new Date(now);
  d.setHours(at.hour, at.minute, 0, 0);
  if (d.getTime() <= now) {
    d.setDate(d.getDate() + 1);
    d.setHours(at.hour, at.minute, 0, 0);
  }
  return d.getTime();
}

export function useKioskParams(): KioskParams {
  const [params] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  return useMemo(() => parseKioskParams(params), [key]);
}

/** For the app layout: whether to hide the chrome, and how to leave kiosk mode (drops `kiosk` from the URL). */
export function useKiosk(): { kiosk: boolean; exitKiosk: () => void } {
  const [params, setParams] = useSearchParams();
  const kiosk = parseKioskParams(params).kiosk;
  const exitKiosk = useCallback(
    () =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        p.delete('kiosk');
        return p;
      }),
    [setParams],
  );
  return { kiosk, exitKiosk };
}

/** The documented way out of kiosk mode: Esc. Mount once wherever the chrome is hidden. */
export function useKioskExitKey(): void {
  const { kiosk, exitKiosk } = useKiosk();
  useEffect(() => {
    if (!kiosk) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) exitKiosk();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [kiosk, exitKiosk]);
}

/**
 * `?reloadAt=04:00`: one full reload a day clears whatever a browser accumulates over weeks. A reload keeps
 * the URL, so the screen comes back exactly as it was set up. One timer, re-armed if it fires early.
 */
const reloadPage = reloadTakingUpdate;

export function useDailyReload(at: ClockTime | null, reload: () => void = reloadPage): void {
  const hour = at?.hour ?? null;
  const minute = at?.minute ?? null;
  useEffect(() => {
    if (hour === null || minute === null) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = (target: number) => {
      timer = setTimeout(
        () => {
          // A timer can fire a little early and a suspended machine late: only reload once the time has come.
          if (Date.now() < target - 1000) arm(target);
          else reload();
        },
        Math.max(0, target - Date.now()),
      );
    };
    arm(nextReloadTime(Date.now(), { hour, minute }));
    return () => clearTimeout(timer);
  }, [hour, minute, reload]);
}
