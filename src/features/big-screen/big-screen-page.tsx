import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../lib/i18n';
import { useConfig } from '../../data/config-context';
import { usePlanAssessment } from '../../data/use-plan-assessment';
import { nameIn, shortNameIn } from '../../lib/names';
import { PALETTES } from '../../lib/palette';
import { useAsOfParam, useSearchParam, useSharedSearch } from '../../lib/url-state';
import { useDailyReload, useKioskExitKey, useKioskParams } from '../../stores/kiosk-store';
import { useStageRoot, useViewport } from '../../stores/stage-store';
import { useUpdateAtRotation } from '../../stores/update-store';
import { useLang, useTheme } from '../../stores/ui-store';
import './big-screen.css';
import './wall-portrait.css';
import { computeCanvasStage, pickCanvas, type CanvasPreset } from './canvas';
import type { AppConfig } from '../../data/config';
import './messages';
import { pagesOf, resolvePlaylist } from './playlist';
import { useMissingCause } from '../../components/resource-cause';
import { DemoMark } from '../../components/demo-mark';
import type { ScreenProps } from './screen-props';
import { SCREEN_IDS, SCREEN_REGISTRY } from './screens';
import { DEFAULT_TARGET_IDS } from './select-screen-data';
import { useRotation } from './use-rotation';
import { useWallInput } from './use-wall-input';
import { WallPane } from './wall-pane';
import { WallControls } from './wall-controls';

interface SoakHook {
  refetch: () => Promise<void>;
  screen: () => number;
}

declare global {
  interface Window {
    __zerobaySoak?: SoakHook;
  }
}

/**
 * 大屏: a canvas preset picked from the wall's shape (16:9, 32:9, 48:9, 9:16 or `?canvas=`), scaled by the
 * root font size, holding one to three complete compositions side by side; it pages through the playlist
 * config.json names, refreshing on the configured interval and saying so loudly when it cannot.
 */
export function BigScreenPage() {
  const { t } = useTranslation('bigScreen');
  const lang = useLang();
  const config = useConfig();
  const kiosk = useKioskParams();
  const [asOfParam] = useAsOfParam();
  const [targetsParam] = useSearchParam('targets');
  const [soak] = useSearchParam('soak');
  const [canvasParam] = useSearchParam('canvas');
  const shared = useSharedSearch();
  const theme = useTheme();
  const palette = PALETTES[theme];
  const viewport = useViewport();
  const canvas = pickCanvas(viewport.width, viewport.height, canvasParam);
  const stage = computeCanvasStage(viewport.width, viewport.height, kiosk.fit, canvas);
  useStageRoot(stage.rem);

  const { entries, problems, pages } = useWallPlaylist(config.bigScreen, canvas);
  useKioskExitKey();
  useDailyReload(kiosk.reloadAt);

  const state = usePlanAssessment(asOfParam);
  const { assessment, data } = state;

  // `?rotate=N` dwells N s on every page; `?rotate=playlist` each page as long as config.json says.
  const timing = useMemo(
    () => ({
      intervalMs: kiosk.rotatePlaylist
        ? 30_000
        : kiosk.rotateSeconds === null
          ? null
          : kiosk.rotateSeconds * 1000,
      ...(kiosk.rotatePlaylist ? { dwellMs: pages.map((p) => p.seconds * 1000) } : {}),
      idleMs: kiosk.idleSeconds * 1000,
    }),
    [kiosk.rotateSeconds, kiosk.rotatePlaylist, kiosk.idleSeconds, pages],
  );
  const { state: rotation, send } = useRotation(pages.length, kiosk.screen, timing);
  useUpdateAtRotation(rotation.index);
  const held = useWallInput(send, rotation, pages.length);

  useSoakHook(soak === '1', rotation.index);

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
          portrait: canvas.portrait,
          unitName,
          targetIds,
          thresholds: config.thresholds,
          causes: { tasks: taskCause, indicators: indicatorCause },
        }
      : null;

  const page = pages[rotation.index] ?? pages[0];
  const rotating = timing.intervalMs !== null && pages.length > 1;
  const hideCursor = kiosk.kiosk && !held;
  const tabs = entries.map((e) => ({
    key: e.screen,
    label: SCREEN_REGISTRY[e.screen]!.label[lang],
  }));
  const per = canvas.panes;
  const notice =
    problems.length > 0
      ? t('playlistProblem', {
          list: problems.map((p) => `${p.path} "${p.value}"`).join(' · '),
          known: [...SCREEN_IDS].join(', '),
        })
      : null;

  const controls = kiosk.kiosk ? null : (
    <WallControls send={send} rotating={rotating} paused={rotation.paused} shared={shared} />
  );

  return (
    <div
      className={`bs-backdrop${canvas.portrait ? ' portrait' : ''}`}
      data-theme={theme}
      data-testid="big-screen"
    >
      <div
        className={`bs-stage fit-${kiosk.fit} canvas-${canvas.id}${canvas.portrait ? ' portrait' : ''}${hideCursor ? ' no-cursor' : ''}`}
        style={{ left: stage.left, top: stage.top, width: stage.width, height: stage.height }}
        data-canvas={canvas.id}
        data-screen={page?.screens[0] ?? ''}
        data-screen-index={rotation.index}
        data-testid="bs-stage"
      >
        {(page?.screens ?? []).map((screen, k) => (
          <WallPane
            key={k}
            screen={screen}
            playlistIndex={(rotation.index * per + k) % Math.max(1, entries.length)}
            tabs={tabs}
            asOf={state.asOf}
            resources={state.resources}
            lang={lang}
            screenProps={screenProps}
            pending={state.pending}
            paused={rotation.paused}
            held={held}
            rotating={rotating}
            onPick={(i) => send({ type: 'go', index: Math.floor(i / per) })}
            controls={k === 0 ? controls : null}
            mark={canvas.portrait && k === 0 ? <DemoMark placement="header" short /> : null}
            notice={k === 0 ? notice : null}
          />
        ))}
      </div>
      {data ? <span className="sr-only">{nameIn(data.plan, lang)}</span> : null}
    </div>
  );
}

/** `?soak=1` only: lets scripts/soak.ts drive refresh cycles faster than config allows (≥ 5 s). */
function useSoakHook(on: boolean, index: number) {
  const queryClient = useQueryClient();
  // Set again when the screen changes: a script reads it between tasks, never between this cleanup and set.
  useEffect(() => {
    if (!on) return;
    window.__zerobaySoak = {
      refetch: () => queryClient.refetchQueries({ type: 'active' }),
      screen: () => index,
    };
    return () => {
      delete window.__zerobaySoak;
    };
  }, [on, queryClient, index]);
}

/** The canvas's playlist (what config.json names, unknown screens left out and named) cut into pages. */
function useWallPlaylist(config: AppConfig['bigScreen'], canvas: CanvasPreset) {
  const { entries, problems } = useMemo(() => resolvePlaylist(config, canvas, SCREEN_IDS), [config, canvas]);
  const pages = useMemo(
    () =>
      pagesOf(
        entries.map((e) => ({ screen: e.screen, seconds: e.seconds ?? SCREEN_REGISTRY[e.screen]!.seconds })),
        canvas.panes,
      ),
    [entries, canvas.panes],
  );
  return { entries, problems, pages };
}
