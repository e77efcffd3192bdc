// ESLint flat config. `npm run lint` runs it with --max-warnings 0, so a warning fails the lint as an error does.
//
// Beyond typescript-eslint's recommended rules and the Rules of Hooks, it enforces the module boundaries:
//   - the pure modules (src/rules, src/share, src/intake, src/timeline, src/calendar) import no React,
//     nothing from src/ui (nor main.tsx / pwa.ts), and touch no browser globals;
//   - src/rules is the bottom layer: it imports from no other module of src;
//   - no import cycles in src.
// Type-aware linting is off on purpose (no parserOptions.project): the whole lint stays fast.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Modules that must run anywhere (a browser, Node, a worker) and know nothing of React or the page. */
const PURE = ['src/rules', 'src/share', 'src/intake', 'src/timeline', 'src/calendar'];
const pureFiles = PURE.map((dir) => `${dir}/**/*.{ts,tsx}`);

/** The page's globals: they belong to src/ui. src/share's CompressionStream, TextEncoder, btoa, atob etc. stay allowed. */
const BROWSER_ONLY = 'It belongs to the UI (src/ui); pure modules run without a page.';
const browserGlobals = [
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches',
  'alert', 'confirm', 'prompt',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource',
  'Blob', 'File', 'FileReader',
  'requestAnimationFrame', 'cancelAnimationFrame', 'matchMedia', 'getComputedStyle',
].map((name) => ({ name, message: BROWSER_ONLY }));

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'playwright-report/', 'test-results/', '.lighthouse/', 'public/']),

  // Everything that is linted: src, tests, scripts and the top-level config files.
  {
    name: 'project/files',
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsconfig has noUnusedLocals/noUnusedParameters, which accept a leading underscore: so does the linter.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },

  // Node code: the scripts and the top-level config files (vite, playwright, eslint).
  {
    name: 'project/node',
    files: ['scripts/**/*.{ts,mjs,js}', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // The app: browser globals; hooks rules; import rules (resolved through tsconfig.json).
  {
    name: 'project/src',
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // What import-x parses to follow imports (no-cycle): without these it skips .ts/.tsx files silently.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // No import cycles in src. Type-only imports are erased and are not counted.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            {
              target: PURE.map((dir) => `./${dir}`),
              from: ['./src/ui', './src/main.tsx', './src/pwa.ts'],
              message: 'Pure modules must not depend on the UI: pass what they need in as arguments.',
            },
            {
              target: './src/rules',
              from: ['./src/share', './src/intake', './src/timeline', './src/calendar', './src/ui', './src/main.tsx', './src/pwa.ts'],
              message: 'src/rules is the bottom layer: it imports from no other module of src.',
            },
          ],
        },
      ],
    },
  },

  // The pure modules: no React, no page.
  {
    name: 'project/pure-modules',
    files: pureFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^react(-dom)?(/.*)?$',
              message: 'Pure modules must not import React; components live in src/ui.',
            },
          ],
        },
      ],
      // Also catches `globalThis.document`, `self.fetch` and the like.
      'no-restricted-globals': [
        'error',
        {
          globals: [...browserGlobals, { name: 'React', message: 'Pure modules must not use React (not even its global types).' }],
          checkGlobalObject: true,
        },
      ],
      // The global `React.X` types (from @types/react) are type references, which no-restricted-globals does not see.
      'no-restricted-syntax': [
        'error',
        { selector: "TSQualifiedName[left.name='React']", message: 'Pure modules must not use React (not even its global types).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'URL', property: 'createObjectURL', message: BROWSER_ONLY },
        { object: 'URL', property: 'revokeObjectURL', message: BROWSER_ONLY },
      ],
    },
  },

  // Tests: Node and jsdom globals; the Rules of Hooks apply to test components too.
  {
    name: 'project/tests',
    files: ['tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
]);
