import { useNow } from '../../lib/use-now';
import { clockLooksWrong } from '../../data/clock';
import { beijingToday } from '../../data/requests';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../lib/i18n';
import { Link } from '../../lib/router';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import { nameIn, shortNameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useDailyReload, useKioskExitKey, useKioskParams } from '../../stores/kiosk-store';
import { useStage, useStageRoot } from '../../stores/stage-store';
import { useUpdateAtRotation } from '../../stores/update-store';
import { useLang, useTheme } from '../../stores/ui-store';
import './big-screen.css';
import { IndicatorsScreen } from './indicators-screen';
import './messages';
import { OverviewScreen } from './overview-screen';
import { isHeld } from './rotation';
import { CauseBand, ScreenHeader } from './screen-header';
import { useMissingCause } from '../../components/resource-cause';
import type { ScreenProps } from './screen-props';
import { DEFAULT_TARGET_IDS } from './select-screen-data';
import { TasksScreen } from './tasks-screen';
import { useRotation } from './use-rotation';
import { RankingScrollScreen } from './ranking-scroll-screen';
import { TaskLedgerScreen } from './task-ledger-screen';
import { ProjectMapScreen } from './project-map-screen';
import { BehindIndicatorsScreen } from './behind-indicators-screen';

const SCREENS = [
  { key: 'overview', Component: OverviewScreen },
  { key: 'tasks', Component: TasksScreen },
  { key: 'indicators', Component: IndicatorsScreen },
  { key: 'ranking', Component: RankingScrollScreen },
  { key: 'ledger', Component: TaskLedgerScreen },
  { key: 'map', Component: ProjectMapScreen },
  { key: 'behind', Component: BehindIndicatorsScreen },
] as const;

/** Pointer moves arrive by the hundred; one "someone is here" per second is plenty. */
const INTERACT_THROTTLE_MS = 1000;

interface SoakHook {
  refetch: () => Promise<void>;
  screen: () => number;
}

declare global {
  interface Window {
    __zerobaySoak?: SoakHook;
  }
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * 大屏: a 1920×1080 design scaled by the root font size to any wall (fit letterboxes, fill stretches the
 * grid), rotating through a playlist of compositions, refreshing on the configured interval and saying
 * so loudly when it cannot.
 */
export function BigScreenPage() {
  const { t } = useTranslation('bigScreen');
  const clockNow = useNow(60_000);
  const lang = useLang();
  const config = useConfig();
  const kiosk = useKioskParams();
  const [asOfParam] = useAsOfParam();
  const [targetsParam] = useSearchParam('targets');
  const [soak] = useSearchParam('soak');
  const shared = useSharedSearch();
  const theme = useTheme();
  const palette = PALETTES[theme];
  const stage = useStage(kiosk.fit);
  useStageRoot(stage.rem);
  useKioskExitKey();
  useDailyReload(kiosk.reloadAt);

  const state = usePlanAssessment(asOfParam);
  const { assessment, data } = state;

  const timing = useMemo(
    () => ({
      intervalMs: kiosk.rotateSeconds === null ? null : kiosk.rotateSeconds * 1000,
      idleMs: kiosk.idleSeconds * 1000,
    }),
    [kiosk.rotateSeconds, kiosk.idleSeconds],
  );
  const { state: rotation, send } = useRotation(SCREENS.length, kiosk.screen, timing);
  useUpdateAtRotation(rotation.index);
  const [now, setNow] = useState(() => Date.now());
  const held = isHeld(rotation, now);
  // Re-render once when a hold ends, so the "in use" note goes away; no polling.
  useEffect(() => {
    if (!held) return;
    const id = setTimeout(() => setNow(Date.now()), rotation.holdUntil - Date.now() + 5);
    return () => clearTimeout(id);
  }, [held, rotation.holdUntil]);

  const lastInteract = useRef(0);
  const interact = useCallback(() => {
    const n = Date.now();
    if (n - lastInteract.current < INTERACT_THROTTLE_MS) return;
    lastInteract.current = n;
    setNow(n);
    send({ type: 'interact' });
  }, [send]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') send({ type: 'next' });
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') send({ type: 'prev' });
      else if (e.key === ' ' || e.key === 'Spacebar') {
        e.preventDefault();
        send({ type: 'togglePause' });
      } else if (e.key === 'f' || e.key === 'F') toggleFullscreen();
      else if (/^[1-9]$/.test(e.key) && Number(e.key) <= SCREENS.length)
        send({ type: 'go', index: Number(e.key) - 1 });
      else {
        interact();
        return;
      }
      setNow(Date.now());
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointermove', interact, { passive: true });
    window.addEventListener('pointerdown', interact, { passive: true });
    window.addEventListener('wheel', interact, { passive: true });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointermove', interact);
      window.removeEventListener('pointerdown', interact);
      window.removeEventListener('wheel', interact);
    };
  }, [send, interact]);

  // `?soak=1` only: lets scripts/soak.ts drive refresh cycles faster than config allows (≥ 5 s).
  const queryClient = useQueryClient();
  const indexRef = useRef(rotation.index);
  useEffect(() => {
    indexRef.current = rotation.index;
  }, [rotation.index]);
  useEffect(() => {
    if (soak !== '1') return;
    window.__zerobaySoak = {
      refetch: () => queryClient.refetchQueries({ type: 'active' }),
      screen: () => indexRef.current,
    };
    return () => {
      delete window.__zerobaySoak;
    };
  }, [soak, queryClient]);

  const taskCause = useMissingCause(state.resources, 'tasks');
  const indicatorCause = useMissingCause(state.resources, 'indicators');
  const units = data?.units;
  const unitName = useMemo(() => {
    const byId = new Map((units ?? []).map((u) => [u.id, u]));
    return (id: string) => shortNameIn(byId.get(id), lang, id);
  }, [units, lang]);
  const targetIds = useMemo(
    () => (targetsParam ? targetsParam.split(',').filter(Boolean) : DEFAULT_TARGET_IDS),
    [targetsParam],
  );

  const screenProps: ScreenProps | null =
    assessment && data
      ? {
          assessment,
          data,
          palette,
          lang,
          rem: stage.rem,
          unitName,
          targetIds,
          thresholds: config.thresholds,
          causes: { tasks: taskCause, indicators: indicatorCause },
        }
      : null;

  const current = SCREENS[rotation.index] ?? SCREENS[0];
  const Screen = current.Component;
  const rotating = timing.intervalMs !== null;
  const hideCursor = kiosk.kiosk && !held;

  const controls = kiosk.kiosk ? null : (
    <div className="bs-controls" aria-label={t('controls.label')} title={t('controls.help')} role="toolbar">
      <button
        type="button"
        onClick={() => send({ type: 'prev' })}
        aria-label={t('controls.prev')}
        data-testid="bs-prev"
      >
        ←
      </button>
      {rotating ? (
        <button
          type="button"
          onClick={() => send({ type: 'togglePause' })}
          aria-label={rotation.paused ? t('controls.resume') : t('controls.pause')}
          data-testid="bs-pause"
        >
          {rotation.paused ? '▶' : '❚❚'}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => send({ type: 'next' })}
        aria-label={t('controls.next')}
        data-testid="bs-next"
      >
        →
      </button>
      <button type="button" onClick={toggleFullscreen} aria-label={t('controls.fullscreen')}>
        {t('controls.fullscreen')}
      </button>
      <Link to={{ pathname: '/', search: shared }} className="bs-controls-exit">
        {t('controls.exit')}
      </Link>
    </div>
  );

  return (
    <div className="bs-backdrop" data-theme={theme} data-testid="big-screen">
      <div
        className={`bs-stage fit-${kiosk.fit}${hideCursor ? ' no-cursor' : ''}`}
        style={{ left: stage.left, top: stage.top, width: stage.width, height: stage.height }}
        data-screen={current.key}
        data-screen-index={rotation.index}
        data-testid="bs-stage"
      >
        <ScreenHeader
          title={t('title')}
          asOf={state.asOf}
          resources={state.resources}
          lang={lang}
          screens={SCREENS.map((s) => ({ key: s.key, label: t(`screens.${s.key}`) }))}
          current={rotation.index}
          paused={rotation.paused}
          held={held}
          rotating={rotating}
          onPick={(index) => send({ type: 'go', index })}
          controls={controls}
        />
        <CauseBand resources={state.resources} />
        {screenProps ? (
          <Screen key={current.key} {...screenProps} />
        ) : (
          <div className="bs-body bs-loading" aria-busy={state.pending}>
            {clockLooksWrong(clockNow)
              ? t('clockWrong', { date: beijingToday(clockNow) })
              : state.resources[0]?.error
                ? t('loadFailed')
                : t('noData')}
          </div>
        )}
      </div>
      {data ? <span className="sr-only">{nameIn(data.plan, lang)}</span> : null}
    </div>
  );
}
