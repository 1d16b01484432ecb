import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

// Boundaries (docs/architecture.md draws them): features never import each other or the app; shared layers
// never import features or the app; the data layer never imports UI (components) or UI state (stores); stores
// never import components; lib never imports the data layer; the domain knows nothing of data, React or
// ECharts; only lib/echarts.ts and its on-demand parts touch echarts; no module imports itself in a cycle.
// tests/lint/boundaries.test.ts proves each rule fires.
const features = [
  'overview',
  'functions',
  'tasks',
  'indicators',
  'units',
  'programme',
  'projects',
  'big-screen',
  'briefing',
  'data-health',
  'playground',
];
const featureZones = features.map((f) => ({
  target: `./src/features/${f}`,
  from: './src/features',
  except: [`./${f}`],
  message: 'Features never import each other; compose them in src/app.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'coverage',
      'test-results',
      'playwright-report',
      '.tmp',
      // Deliberately broken files that tests/lint/boundaries.test.ts lints on its own.
      'tests/lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // TypeScript files are modules to import-x too, or no-cycle sees no edges between them.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones,
            {
              target: './src/features',
              from: './src/app',
              message: 'Features never import the app: the app composes features, not the other way round.',
            },
            {
              target: './src/data',
              from: ['./src/components', './src/stores'],
              message:
                'The data layer never imports UI components or UI state; pass what it needs as arguments.',
            },
            {
              target: './src/stores',
              from: './src/components',
              message: 'Stores hold UI state only; they never import components.',
            },
            {
              target: './src/lib',
              from: './src/data',
              message: 'lib is below the data layer: it never imports src/data.',
            },
            {
              target: ['./src/components', './src/lib', './src/domain', './src/data', './src/stores'],
              from: ['./src/features', './src/app'],
              message: 'Shared layers never import features or the app.',
            },
            {
              target: './src/domain',
              from: ['./src/data', './src/components', './src/lib', './src/stores'],
              message: 'The domain is pure: no data layer, no UI.',
            },
            {
              target: './src',
              from: './mock',
              message: 'src never imports mock/ (main.tsx loads it dynamically).',
              except: [],
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(echarts|zrender)(/.*)?$',
              message: 'Import ECharts only through src/lib/echarts.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|echarts|zrender|@tanstack|zustand)(/.*)?$',
              message: 'The domain is pure TypeScript: no UI or data libraries.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/lib/echarts.ts', 'src/lib/echarts-parts/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Cycles are looked for where modules import each other (the app, the mock API). Tests and scripts are leaves
  // that nothing imports, so no cycle runs through them, and walking the graph from each of them made the rule
  // take about 45 % longer. Even so it is about a quarter of the lint's rule time (measured with TIMING=1).
  {
    files: ['src/**/*.{ts,tsx}', 'mock/**/*.ts', 'tests/lint/fixtures/*.ts'],
    rules: { 'import-x/no-cycle': 'error' },
  },
  // The unit suite shares one module cache between files (vite.config.ts); a module mock works only in a file
  // that runs isolated, which is what the name says.
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/**/*.mocked.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock)$/]",
          message: 'Module mocks need a module cache of their own: name this file *.mocked.test.ts(x).',
        },
      ],
    },
  },
  // No function over 120 lines of code (blank lines and comments aside): past that a function does several
  // things and is read in parts anyway. tests/lint/boundaries.test.ts proves the rule fires.
  {
    files: ['mock/**/*.ts', 'scripts/**/*.ts', 'tests/lint/fixtures/*.ts', 'src/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  { files: ['src/main.tsx'], rules: { 'import-x/no-restricted-paths': 'off' } },
  { files: ['tests/**', 'mock/**', 'scripts/**'], rules: { 'import-x/no-restricted-paths': 'off' } },
);
