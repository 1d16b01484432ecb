import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/data/config';
import {
  configWithMapping,
  editorFromMapping,
  exampleConfig,
  mappingFromEditor,
  samplesFor,
  tidyJson,
} from '../../../src/features/playground/playground-model';

describe('playground model', () => {
  it('round-trips a JSONata mapping through the editors', () => {
    const config = exampleConfig('ledger', true);
    const editor = editorFromMapping(config.resources.tasks!.mapping);
    expect(editor.mode).toBe('jsonata');
    expect(editor.expression).toContain("$groupBy($reports.rows, 'dxbh')");
    expect(JSON.parse(editor.settings)).toMatchObject({ meta: { asOf: { path: 'tjrq', type: 'date' } } });
    const back = mappingFromEditor(editor);
    expect(back.ok && back.mapping).toEqual(config.resources.tasks!.mapping);
  });

  it('round-trips a field map', () => {
    const config = exampleConfig('sheet', true);
    const editor = editorFromMapping(config.resources.units!.mapping);
    expect(editor.mode).toBe('fields');
    const back = mappingFromEditor(editor);
    expect(back.ok && back.mapping).toEqual(config.resources.units!.mapping);
  });

  it('says what is wrong, with the place', () => {
    expect(mappingFromEditor({ mode: 'fields', expression: '', settings: '{ "fields": ' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^JSON:/),
    });
    expect(
      mappingFromEditor({
        mode: 'fields',
        expression: '',
        settings: '{ "fields": { "id": { "path": "a", "type": "day" } } }',
      }),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^fields\.id\.type:/),
    });
    expect(mappingFromEditor({ mode: 'jsonata', expression: '  ', settings: '' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^jsonata:/),
    });
  });

  it('makes example addresses relative when the in-page mock answers', () => {
    expect(exampleConfig('opendata', true).api.baseUrl).toBe('/foreign/opendata/v1');
    expect(exampleConfig('opendata', false).api.baseUrl).toBe('http://127.0.0.1:8787/foreign/opendata/v1');
  });

  it('downloads the config in use with only the edited mapping replaced, and it parses', () => {
    const config = exampleConfig('sheet', false);
    const edited = mappingFromEditor({
      mode: 'jsonata',
      expression: "[$.{ 'id': 单位编号 }]",
      settings: '{}',
    });
    if (!edited.ok) throw new Error(edited.error);
    const text = configWithMapping(config, 'units', edited.input);
    const saved = parseConfig(JSON.parse(text), 'download');
    expect(saved.resources.units!.mapping!.jsonata).toBe("[$.{ 'id': 单位编号 }]");
    expect(saved.resources.units!.path).toBe('units.json');
    expect(saved.resources.tasks).toEqual(config.resources.tasks);
  });

  it('offers one sample per request of the resource, keeping texts already typed', () => {
    const config = exampleConfig('ledger', true);
    expect(samplesFor(config, 'tasks').map((s) => s.name)).toEqual(['main', 'reports', 'milestones']);
    expect(samplesFor(config, 'tasks', [{ name: 'reports', text: '{}' }])[1]).toEqual({
      name: 'reports',
      text: '{}',
    });
    expect(samplesFor(parseConfig({ mock: { enabled: false } }, 'x'), 'units').map((s) => s.name)).toEqual([
      'main',
    ]);
  });
});

describe('tidyJson', () => {
  it('indents a JSON answer and leaves anything else as it came', () => {
    expect(tidyJson('{"a":[1]}')).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(tidyJson('a,b\n1,2')).toBe('a,b\n1,2');
  });
});
