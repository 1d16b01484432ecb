import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../format';
import { en } from './en';
import { zh } from './zh';

export const i18n = i18next.createInstance();

export function initI18n(lang: Lang) {
  void i18n.use(initReactI18next).init({
    resources: { zh: { translation: zh }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'zh',
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18n;
}
