import { useCallback, useSyncExternalStore } from 'react';
import type { Lang } from '../format';
import { useLang, useUiStore } from '../../stores/ui-store';
import { zh } from './zh';

/*
 * A small translator in place of i18next (about 20 KB gzip the first screen did not need). It keeps
 * the part of i18next's API the views use: namespaces registered per feature, nested keys ('a.b'),
 * `{{name}}` interpolation, `_one`/`_other` plural keys chosen by Intl.PluralRules, and fallback to
 * Chinese, the first language, then to the key itself. Values are plain text: React escapes them.
 */

type Messages = { [key: string]: string | Messages };
export type TFunction = (key: string, vars?: Record<string, unknown>) => string;

const DEFAULT_NS = 'translation';
// Object.hasOwn needs Chromium 93; the oldest supported wall browser is 92.
const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
const FALLBACK: Lang = 'zh';
const resources: Record<Lang, Map<string, Messages>> = {
  zh: new Map([[DEFAULT_NS, zh as unknown as Messages]]),
  en: new Map(),
};

/*
 * The English dictionary is its own chunk, loaded when English is chosen (saved, or toggled): most screens
 * never show it. The app awaits it before its first English render (src/main.tsx); until it is in, a
 * toggled page reads Chinese for the moment the chunk takes, then renders again.
 */
let english: Promise<void> | null = null;
let loads = 0;
const loaded = new Set<() => void>();

/** Loads a language's dictionary (Chinese is always in); settles once it is in or failed. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'zh') return Promise.resolve();
  english ??= import('./en').then(
    ({ en }) => {
      resources.en.set(DEFAULT_NS, en as unknown as Messages);
      loads += 1;
      loaded.forEach((notify) => notify());
    },
    () => {
      english = null; // tried again at the next choice of English or start
    },
  );
  return english;
}

if (useUiStore.getState().lang === 'en') void loadLanguage('en');
useUiStore.subscribe((s) => {
  if (s.lang === 'en') void loadLanguage('en');
});

const onLoaded = (notify: () => void) => {
  loaded.add(notify);
  return () => loaded.delete(notify);
};

const plurals = new Map<Lang, Intl.PluralRules>();

function lookup(lang: Lang, ns: string, key: string): string | undefined {
  let node: string | Messages | undefined = resources[lang].get(ns);
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = own(node, part) ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

function pluralForm(lang: Lang, count: number): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en')));
  return rules.select(count);
}

export function translate(lang: Lang, ns: string, key: string, vars?: Record<string, unknown>): string {
  const count = vars?.count;
  const find = (l: Lang) =>
    (typeof count === 'number'
      ? (lookup(l, ns, `${key}_${pluralForm(l, count)}`) ?? lookup(l, ns, `${key}_other`))
      : undefined) ?? lookup(l, ns, key);
  const template = find(lang) ?? (lang === FALLBACK ? undefined : find(FALLBACK));
  if (template === undefined) return key;
  if (!vars) return template;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    own(vars, name) ? String(vars[name]) : whole,
  );
}

/** The translator outside React (the language is the UI store's, which owns it). */
export const i18n = {
  get language(): Lang {
    return useUiStore.getState().lang;
  },
  t(key: string, vars?: Record<string, unknown>) {
    return translate(i18n.language, DEFAULT_NS, key, vars);
  },
};

/**
 * Each feature registers its own namespace, so views never edit a shared dictionary:
 * `registerMessages('tasks', zh, en)` at module load, then `useTranslation('tasks')`.
 */
export function registerMessages<T extends object>(ns: string, zhMessages: T, enMessages: T) {
  resources.zh.set(ns, zhMessages as unknown as Messages);
  resources.en.set(ns, enMessages as unknown as Messages);
}

/** The translator of one namespace in the current language; re-renders when the language changes. */
export function useTranslation(ns: string = DEFAULT_NS): { t: TFunction; i18n: typeof i18n } {
  const lang = useLang();
  // A new translator once the English dictionary is in, so the views render again in English.
  const version = useSyncExternalStore(onLoaded, () => loads);
  const t = useCallback<TFunction>(
    (key, vars) => translate(lang, ns, key, vars),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version`: the dictionary changed
    [lang, ns, version],
  );
  return { t, i18n };
}
