import type { ComponentType } from 'react';
import type { Lang } from '../../lib/format';
import { IndicatorsScreen } from './indicators-screen';
import { OverviewScreen } from './overview-screen';
import type { ScreenProps } from './screen-props';
import { TasksScreen } from './tasks-screen';

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
};

export const SCREEN_IDS: ReadonlySet<string> = new Set(Object.keys(SCREEN_REGISTRY));
