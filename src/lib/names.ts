import type { Lang } from './format';

/** Chinese is the data's first language; English only where the source gives it. */
export const nameIn = (item: { name: string; nameEn?: string | undefined }, lang: Lang): string =>
  lang === 'en' && item.nameEn ? item.nameEn : item.name;

export const shortNameIn = (
  unit:
    | { name: string; nameEn?: string | undefined; shortName: string; shortNameEn?: string | undefined }
    | undefined,
  lang: Lang,
  fallback = '—',
): string =>
  unit ? (lang === 'en' ? (unit.shortNameEn ?? unit.nameEn ?? unit.shortName) : unit.shortName) : fallback;
