import type { Lang } from '../../lib/format';
import { figureIn, formatQuantity, unitLabel, type UnitOf } from '../../lib/quantity';

/**
 * A figure standing alone in large type. Money keeps its currency in English ("CNY 19.22bn", not a
 * bare "19.22bn" that could be anything); every other unit is named beside the figure, as before.
 */
export const wallFigure = (value: number | null | undefined, u: UnitOf, lang: Lang): string =>
  moneyInEnglish(u, lang) ? compact(formatQuantity(value, u, lang)) : figureIn(value, u, lang);

/**
 * The target after a wall figure, " / …", naming the unit once per line: after the target where the figure
 * is bare ("58 / 60万㎡", "580,000 / 600,000 m²"), and not again where the figure already led with its
 * currency ("CNY 19.22bn / 19bn"), which would not fit a card's line twice.
 */
export const wallTarget = (value: number, u: UnitOf, lang: Lang): string =>
  ` / ${moneyInEnglish(u, lang) ? compact(figureIn(value, u, lang)) : formatQuantity(value, u, lang)}`;

/** A card's line holds "CNY 19.22bn / 19bn", the financial press's short form, and not the words twice. */
const compact = (s: string) => s.replace(/ billion$/, 'bn').replace(/ million$/, 'm');

const moneyInEnglish = (u: UnitOf, lang: Lang) => lang === 'en' && /^[A-Z]{3}$/.test(unitLabel(u, lang));
