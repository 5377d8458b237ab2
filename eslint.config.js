// ESLint flat config: type-checked TypeScript and Svelte rules, plus the layer rules of docs/architecture.md
// (core is pure; only storage imports dexie; only the worker entry and ui/engine-client.ts import comlink).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const DEXIE = ['dexie', 'dexie/*'];
const COMLINK = ['comlink', 'comlink/*'];
const SVELTE = ['svelte', 'svelte/*'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** A no-restricted-imports rule forbidding each group, with the reason in the message. */
function restrict(...groups) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: groups.map(([group, message, allowTypeImports = false]) => ({ group, message, allowTypeImports })) },
    ],
  };
}

const coreIsPure = 'src/core is pure TypeScript: no dexie, comlink, svelte, storage, worker or ui.';
const onlyStorageDexie = 'Only src/storage imports dexie.';
const onlyClientComlink = 'Only src/worker/engine.worker.ts and src/ui/engine-client.ts import comlink.';
const uiTypesOnly =
  'The UI talks to the engine through ui/engine-client.ts; import worker/core types with `import type`.';
const noUi = 'Only src/ui uses svelte and ui code.';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dev-dist/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'screenshots/',
      'bench/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.strictTypeChecked,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.svelte'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Event handlers like `onclick={() => state.select(x)}` are the idiom in Svelte.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // With noUncheckedIndexedAccess, `xs[i]!` after a bounds check is the honest way to say "present".
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...ts.configs.disableTypeChecked,
    languageOptions: { ...ts.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },

  // Layer rules. Later blocks replace the rule for the files they match, so each block is complete.
  {
    files: ['src/core/**'],
    rules: restrict([
      [...DEXIE, ...COMLINK, ...SVELTE, ...layer('storage'), ...layer('worker'), ...layer('ui')],
      coreIsPure,
    ]),
  },
  {
    files: ['src/storage/**'],
    rules: restrict([COMLINK, onlyClientComlink], [[...SVELTE, ...layer('worker'), ...layer('ui')], noUi]),
  },
  {
    files: ['src/worker/**'],
    rules: restrict([DEXIE, onlyStorageDexie], [COMLINK, onlyClientComlink], [[...SVELTE, ...layer('ui')], noUi]),
  },
  {
    files: ['src/worker/engine.worker.ts'],
    rules: restrict([DEXIE, onlyStorageDexie], [[...SVELTE, ...layer('ui')], noUi]),
  },
  {
    files: ['src/ui/**'],
    rules: restrict(
      [DEXIE, onlyStorageDexie],
      [COMLINK, onlyClientComlink],
      [layer('storage'), uiTypesOnly],
      [[...layer('worker'), ...layer('core')], uiTypesOnly, true],
    ),
  },
  {
    files: ['src/ui/engine-client.ts'],
    rules: restrict(
      [DEXIE, onlyStorageDexie],
      [layer('storage'), uiTypesOnly],
      [[...layer('worker'), ...layer('core')], uiTypesOnly, true],
    ),
  },
  {
    files: ['src/cli/**'],
    rules: restrict([[...COMLINK, ...SVELTE, ...layer('ui')], noUi]),
  },
  {
    files: ['src/ui/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/worker/**'],
    languageOptions: { globals: globals.worker },
  },
  {
    // Tests and tooling read untyped JSON (reports, fixtures): allow `any` flowing through there.
    files: ['test/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
