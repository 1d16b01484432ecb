import type { ComponentType } from 'react';
import type { Lang } from '../../lib/format';
import { IndicatorsScreen } from './indicators-screen';
import { OverviewScreen } from './overview-screen';
import type { ScreenProps } from './screen-props';
import { TasksScreen } from './tasks-screen';
import { RankingScrollScreen } from './ranking-scroll-screen';
import { TaskLedgerScreen } from './task-ledger-screen';
import { ProjectMapScreen } from './project-map-screen';
import { BehindIndicatorsScreen } from './behind-indicators-screen';

export interface ScreenEntry {
  Component: ComponentType<ScreenProps>;
  /** How long it stays when config.json's playlist gives no `seconds`. */
  seconds: number;
  /** Its tab in the header. */
  label: Record<Lang, string>;
}

/**
 * Every screen the wall can show, by the id config.json's `bigScreen.playlist` names it with. A new screen
 * is one entry here; which screens actually run, in what order and for how long is config, not code.
 */
export const SCREEN_REGISTRY: Record<string, ScreenEntry> = {
  overview: { Component: OverviewScreen, seconds: 30, label: { zh: '总览', en: 'Overview' } },
  tasks: { Component: TasksScreen, seconds: 30, label: { zh: '任务', en: 'Tasks' } },
  indicators: { Component: IndicatorsScreen, seconds: 30, label: { zh: '指标', en: 'Indicators' } },
  ranking: { Component: RankingScrollScreen, seconds: 30, label: { zh: '排名', en: 'Ranking' } },
  ledger: { Component: TaskLedgerScreen, seconds: 45, label: { zh: '台账', en: 'Ledger' } },
  map: { Component: ProjectMapScreen, seconds: 30, label: { zh: '项目', en: 'Projects' } },
  behind: { Component: BehindIndicatorsScreen, seconds: 30, label: { zh: '落后指标', en: 'Behind' } },
};

export const SCREEN_IDS: ReadonlySet<string> = new Set(Object.keys(SCREEN_REGISTRY));
