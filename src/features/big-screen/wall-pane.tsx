import type { ReactNode } from 'react';
import { clockLooksWrong } from '../../data/clock';
import { beijingToday } from '../../data/requests';
import type { ResourceState } from '../../data/use-plan-data';
import { useTranslation } from '../../lib/i18n';
import type { Lang } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { CauseBand, ScreenHeader } from './screen-header';
import type { ScreenProps } from './screen-props';
import { SCREEN_REGISTRY } from './screens';

export interface PaneProps {
  screen: string;
  /** Position of this pane's screen in the playlist (for the header's tabs). */
  playlistIndex: number;
  tabs: { key: string; label: string }[];
  asOf: string | null;
  resources: ResourceState[];
  lang: Lang;
  screenProps: ScreenProps | null;
  pending: boolean;
  paused: boolean;
  held: boolean;
  rotating: boolean;
  onPick: (playlistIndex: number) => void;
  controls: ReactNode;
  /** In the header, before the date (see ScreenHeader). */
  mark?: ReactNode;
  /** Shown under the header: config.json names a screen the wall does not know. */
  notice: string | null;
}

/** One complete composition: header, what is missing, the screen. A canvas holds one to three of these. */
export function WallPane(p: PaneProps) {
  const { t } = useTranslation('bigScreen');
  const clockNow = useNow(60_000);
  const entry = SCREEN_REGISTRY[p.screen];
  const Screen = entry?.Component;
  return (
    <div className="bs-pane" data-screen={p.screen} data-testid="bs-pane">
      <ScreenHeader
        title={t('title')}
        asOf={p.asOf}
        resources={p.resources}
        lang={p.lang}
        screens={p.tabs}
        current={p.playlistIndex}
        paused={p.paused}
        held={p.held}
        rotating={p.rotating}
        onPick={p.onPick}
        controls={p.controls}
        mark={p.mark}
      />
      <div className="bs-pane-notes">
        <CauseBand resources={p.resources} />
        {p.notice ? (
          <div className="bs-causes warn" role="alert" data-testid="bs-playlist-problem">
            <span className="bs-cause">⚠ {p.notice}</span>
          </div>
        ) : null}
      </div>
      {p.screenProps && Screen ? (
        // A new screen mounts afresh (its charts disposed); the header and clock stay.
        <Screen key={p.screen} {...p.screenProps} />
      ) : (
        <div className="bs-body bs-loading" aria-busy={p.pending}>
          {clockLooksWrong(clockNow)
            ? t('clockWrong', { date: beijingToday(clockNow) })
            : p.resources[0]?.error
              ? t('loadFailed')
              : t('noData')}
        </div>
      )}
    </div>
  );
}
