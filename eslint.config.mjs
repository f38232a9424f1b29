// @ts-check
// eslint for code (`npm run lint`, with prettier and lit-analyzer). Type-aware rules for TypeScript files.
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 (`tsc`) lacks: this first import makes
// every require('typescript') in the eslint process load the `typescript-5` devDependency instead.
import './scripts/typescript-5.mjs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const TESTS = ['**/*.test.ts', 'test/**/*.ts'];

export default defineConfig(
  // generated or built output (src/generated/ is rebuilt from the seed by `npm run data`)
  globalIgnores([
    'src/generated/',
    'dist/',
    'storybook-static/',
    'site-dist/',
    'coverage/',
    'custom-elements.json',
    '.tachometer/',
    'bench/results/',
    '.sz/',
    '.vite/',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' } },

  js.configs.recommended,
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff types every chai `.equal()` as returning a Promise; at run time it is synchronous
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
  },
  // plain scripts loaded by test and benchmark pages run in the browser (configs, scripts and reporters are .mjs, run by Node)
  { files: ['test/**/*.js', 'bench/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    // @ts-ignore stays possible, with a reason, where @ts-expect-error cannot work (a generated file that may be missing)
    rules: { '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }] },
  },

  // Lit templates and custom elements
  {
    files: TS,
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    rules: {
      // beyond the recommended sets: mistakes these elements could make (static properties, lifecycle overrides)
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'wc/guard-define-call': 'error',
    },
  },
  {
    files: ['src/elements/*/plan-*.ts'],
    ignores: TESTS,
    // Lit calls @event listeners with `this` set to the element (the render `host`), so `@click=${this.onCite}` is bound
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    files: ['src/elements/plan-article/plan-article.ts'],
    // role="list" on the <ul> is deliberate: with `list-style: none`, WebKit/VoiceOver drop the list semantics without it
    rules: { 'lit-a11y/no-redundant-role': 'off' },
  },
  {
    files: TESTS,
    // chai property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
