import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../format';
import { en } from './en';
import { zh } from './zh';

export const i18n = i18next.createInstance();

// Initialised at module load (synchronously) so features can register their namespaces on import.
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: 'zh',
  // React escapes what it renders; i18next must not escape a second time.
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function initI18n(lang: Lang) {
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  return i18n;
}

/**
 * Each feature registers its own namespace, so views never edit a shared dictionary:
 * `registerMessages('tasks', zh, en)` at module load, then `useTranslation('tasks')`.
 */
export function registerMessages<T extends object>(ns: string, zhMessages: T, enMessages: T) {
  i18n.addResourceBundle('zh', ns, zhMessages, true, true);
  i18n.addResourceBundle('en', ns, enMessages, true, true);
}
