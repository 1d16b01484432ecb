import type { Lang } from '../../lib/format';
import { figureIn, formatQuantity, unitLabel, type UnitOf } from '../../lib/quantity';

/**
 * A figure standing alone in large type. Money keeps its currency in English ("CNY 19.22 billion", not a
 * bare "19.22 billion" that could be anything); every other unit is named beside the figure, as before.
 */
export const wallFigure = (value: number | null | undefined, u: UnitOf, lang: Lang): string =>
  lang === 'en' && /^[A-Z]{3}$/.test(unitLabel(u, lang))
    ? formatQuantity(value, u, lang)
    : figureIn(value, u, lang);
