import { displayText } from './display-text';
import type { Lang } from './format';

/** The name as the source sent it, for exports (CSV): nothing removed. */
export const rawNameIn = (item: { name: string; nameEn?: string | undefined }, lang: Lang): string =>
  lang === 'en' && item.nameEn ? item.nameEn : item.name;

/** Chinese is the data's first language; English only where the source gives it. As shown: see displayText. */
export const nameIn = (item: { name: string; nameEn?: string | undefined }, lang: Lang): string =>
  displayText(rawNameIn(item, lang));

export const shortNameIn = (
  unit:
    | { name: string; nameEn?: string | undefined; shortName: string; shortNameEn?: string | undefined }
    | undefined,
  lang: Lang,
  fallback = '—',
): string =>
  unit
    ? displayText(lang === 'en' ? (unit.shortNameEn ?? unit.nameEn ?? unit.shortName) : unit.shortName)
    : fallback;

/**
 * A free text and its English twin (a note, a reason, a source's name): English on an English page when the
 * source gives it, otherwise the text of record. As shown (displayText); exports take `rawTextIn`.
 */
export const rawTextIn = (text: string | undefined, en: string | undefined, lang: Lang): string =>
  lang === 'en' && en ? en : (text ?? en ?? '');

export const textIn = (text: string | undefined, en: string | undefined, lang: Lang): string =>
  displayText(rawTextIn(text, en, lang));
