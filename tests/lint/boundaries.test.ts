import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer boundaries are lint rules; each is proved here by code at a virtual path that must fail, and
// one import the layers allow that must pass. The import targets are real files, so the resolver finds them.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
let snippets: ESLint;

// Loading the config's parser and plugins takes a while on a busy machine: done once here, with time for it.
beforeAll(async () => {
  const options = { cwd: root, overrideConfigFile: `${root}eslint.config.js`, ignore: false };
  eslint = new ESLint(options);
  // The snippets import real modules; no-cycle would parse the whole app behind them (seconds, for nothing
  // these cases test). The cycle case below uses the full config on two small files.
  snippets = new ESLint({ ...options, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });
  await snippets.lintText('export {};\n', { filePath: `${root}src/lib/warm-up.ts` });
}, 120_000);

const ruleIds = async (code: string, filePath: string) => {
  const [result] = await snippets.lintText(code, { filePath: `${root}${filePath}` });
  return result!.messages.map((m) => m.ruleId);
};

describe('layer boundaries', () => {
  it.each([
    [
      'a feature importing the app',
      'src/features/tasks/x.ts',
      "import { App } from '../../app/app';\nvoid App;\n",
    ],
    [
      'the data layer importing a component',
      'src/data/x.ts',
      "import { Panel } from '../components/panel';\nvoid Panel;\n",
    ],
    [
      'the data layer importing a store',
      'src/data/x.ts',
      "import { useLang } from '../stores/ui-store';\nvoid useLang;\n",
    ],
    [
      'a store importing a component',
      'src/stores/x.ts',
      "import { Panel } from '../components/panel';\nvoid Panel;\n",
    ],
    ['lib importing the data layer', 'src/lib/x.ts', "import * as q from '../data/queries';\nvoid q;\n"],
  ])('forbids %s', async (_, filePath, code) => {
    expect(await ruleIds(code, filePath)).toContain('import-x/no-restricted-paths');
  });

  it('allows an import the layers permit (a feature using the data layer and a component)', async () => {
    const code =
      "import * as q from '../../data/queries';\nimport { Panel } from '../../components/panel';\nvoid q;\nvoid Panel;\n";
    expect(await ruleIds(code, 'src/features/tasks/x.ts')).toEqual([]);
  });

  it('forbids an import cycle', async () => {
    const [result] = await eslint.lintFiles([`${root}tests/lint/fixtures/cycle-a.ts`]);
    expect(result!.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});

describe('function size', () => {
  const lint = async (file: string) =>
    (await eslint.lintFiles([`${root}tests/lint/fixtures/${file}`]))[0]!.messages.map((m) => m.ruleId);

  it('forbids a function of 121 lines of code', async () => {
    expect(await lint('long-function.ts')).toContain('max-lines-per-function');
  });

  it('allows one of 120, blank lines and comments aside', async () => {
    expect(await lint('long-function-at-limit.ts')).toEqual([]);
  });
});

describe('module mocks', () => {
  const code = "import { vi } from 'vitest';\nvi.mock('../src/lib/download');\n";

  it('are refused in a test file that shares the module cache', async () => {
    expect(await ruleIds(code, 'tests/x.test.ts')).toContain('no-restricted-syntax');
  });

  it('are allowed in a file named to run isolated', async () => {
    expect(await ruleIds(code, 'tests/x.mocked.test.ts')).toEqual([]);
  });
});
