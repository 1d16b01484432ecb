import { afterEach, describe, expect, it } from 'vitest';
import { i18n, registerMessages, translate } from '../../src/lib/i18n';
import { useUiStore } from '../../src/stores/ui-store';

registerMessages(
  'test-ns',
  { greeting: '你好，{{name}}', tasks_other: '{{count}} 项任务', nested: { deep: '深' }, onlyZh: '仅中文' },
  {
    greeting: 'Hello, {{name}}',
    tasks_one: '{{count}} task',
    tasks_other: '{{count}} tasks',
    nested: { deep: 'deep' },
    onlyZh: undefined as never,
  },
);

describe('translate', () => {
  afterEach(() => useUiStore.setState({ lang: 'zh' }));

  it('looks up nested keys in a namespace and interpolates variables', () => {
    expect(translate('zh', 'test-ns', 'greeting', { name: '闵行' })).toBe('你好，闵行');
    expect(translate('en', 'test-ns', 'nested.deep')).toBe('deep');
  });

  it('chooses the plural form by the language rules', () => {
    expect(translate('en', 'test-ns', 'tasks', { count: 1 })).toBe('1 task');
    expect(translate('en', 'test-ns', 'tasks', { count: 15 })).toBe('15 tasks');
    expect(translate('zh', 'test-ns', 'tasks', { count: 1 })).toBe('1 项任务');
  });

  it('falls back to Chinese, then to the key; leaves unknown placeholders as they are', () => {
    expect(translate('en', 'test-ns', 'onlyZh')).toBe('仅中文');
    expect(translate('en', 'test-ns', 'missing.key')).toBe('missing.key');
    expect(translate('zh', 'test-ns', 'greeting', {})).toBe('你好，{{name}}');
  });

  it('treats values as text: markup in a variable is not interpreted here (React escapes it)', () => {
    expect(translate('zh', 'test-ns', 'greeting', { name: '<b>x</b>' })).toBe('你好，<b>x</b>');
  });

  it('the default namespace holds the app messages and follows the UI store, which owns the language', () => {
    expect(i18n.t('nav.overview')).toBe('总览');
    useUiStore.getState().actions.languageToggled();
    expect(i18n.language).toBe('en');
    expect(i18n.t('nav.overview')).toBe('Overview');
  });
});
