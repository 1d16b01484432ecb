import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';

// Boundaries: features never import each other; shared layers never import features or the app;
// the domain knows nothing of data, React or ECharts; only lib/echarts.ts and its on-demand parts touch echarts.
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
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
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
  { files: ['src/main.tsx'], rules: { 'import-x/no-restricted-paths': 'off' } },
  { files: ['tests/**', 'mock/**', 'scripts/**'], rules: { 'import-x/no-restricted-paths': 'off' } },
);
