import type { FunctionCode, StatusCode } from '../domain/codes';

/**
 * The presets every page, chart and wall screen follows: deep blue (the default), light (bright rooms and
 * projectors) and ink (true black with brighter lines, for LED walls, where navy turns grey-purple).
 */
export type Theme = 'dark' | 'light' | 'ink';
export const THEMES: readonly Theme[] = ['dark', 'light', 'ink'];

export interface Palette {
  text: string;
  textMuted: string;
  grid: string;
  panel: string;
  accent: string;
  timeLine: string;
  status: Record<StatusCode, string>;
  fn: Record<FunctionCode, string>;
}

/**
 * Status colours are for status only; the functions keep their own hues everywhere. Time progress (时间进度)
 * is a reference, not a judgement, so it is a neutral grey outside the status palette (amber would read as 关注).
 */
export const PALETTES: Record<Theme, Palette> = {
  dark: {
    text: '#EAF2FF',
    textMuted: '#9FB3D9',
    grid: 'rgba(120, 170, 255, 0.16)',
    panel: '#0F2150',
    accent: '#00BAFF',
    timeLine: '#D6DEEB',
    status: {
      notStarted: '#94A3B8',
      done: '#60A5FA',
      onTrack: '#34D399',
      watch: '#FBBF24',
      lagging: '#F87171',
      overdue: '#E11D48',
      missed: '#FB923C',
    },
    fn: { C: '#A78BFA', T: '#22D3EE', O: '#F0ABFC' },
  },
  light: {
    text: '#0B1A3A',
    textMuted: '#44557A',
    grid: 'rgba(11, 26, 58, 0.12)',
    panel: '#FFFFFF',
    accent: '#0069A8',
    timeLine: '#3F4A5C',
    status: {
      notStarted: '#64748B',
      done: '#1D4ED8',
      onTrack: '#15803D',
      watch: '#B45309',
      lagging: '#DC2626',
      overdue: '#881337',
      missed: '#C2410C',
    },
    fn: { C: '#6D28D9', T: '#0E7490', O: '#A21CAF' },
  },
  ink: {
    text: '#FFFFFF',
    textMuted: '#C3CAD6',
    grid: 'rgba(255, 255, 255, 0.16)',
    panel: '#0C0E12',
    accent: '#1EC8FF',
    timeLine: '#E5E7EB',
    status: {
      notStarted: '#A3AFC2',
      done: '#6CB0FF',
      onTrack: '#3DDC97',
      watch: '#FFC53D',
      lagging: '#FF7A7A',
      overdue: '#FF4D6D',
      missed: '#FF9F4A',
    },
    fn: { C: '#B69CFF', T: '#3FE0F5', O: '#F5B3FF' },
  },
};

/**
 * Canvas text does not inherit CSS fonts: ECharts measures and draws with this stack, the same as the page's,
 * so labels are measured in the font they are drawn in.
 */
export const CHART_FONT =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Source Han Sans SC', system-ui, sans-serif";
