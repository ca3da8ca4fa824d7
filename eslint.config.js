// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/*
 * The browser/build boundary (see src/lib/shared/README.md). Code that runs in the reader's
 * browser (src/browser) and the modules it shares with the build (src/lib/shared) may not
 * import Node built-ins, Astro, or any build module; build code may not import src/browser.
 * A relative specifier is checked by how many `../` it climbs from the file's depth, so one
 * block per depth below each root.
 */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_')).map(escape).join('|');
const browserSafe = [
  { regex: '^node:', message: 'Node built-in: not allowed in code that runs in the browser (src/browser, src/lib/shared).' },
  { regex: `^(${nodeBuiltins})(/.*)?$`, message: 'Node built-in: not allowed in code that runs in the browser (src/browser, src/lib/shared).' },
  { regex: '^astro($|:|/)', message: 'Astro does not run in the browser: pass the data in from build code.' },
];
const up = (n) => '\\.\\./'.repeat(n);
const sources = '*.{ts,tsx,mts,js,mjs}';
const MAX_DEPTH = 4;

/** One block per folder depth under `root`; `leave` is the regex of a specifier that climbs out of it. */
function boundaryBlocks(root, outside) {
  return Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`${root}/${'*/'.repeat(depth)}${sources}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...browserSafe, ...outside(up(depth + 1))] }],
    },
  }));
}

const leavesShared = (out) => [
  // Types are erased from the bundle: a shared module may name a content schema's type.
  { regex: `^${out}\\.\\./schemas/`, allowTypeImports: true, message: 'src/lib/shared may only import types (`import type`) from src/schemas.' },
  { regex: `^${out}(?!\\.\\./schemas/)`, message: 'src/lib/shared imports only from src/lib/shared: this module is build code (Node).' },
];
const leavesBrowser = (out) => [
  { regex: `^${out}(?!lib/shared/)`, message: 'src/browser imports only from src/browser and src/lib/shared: this module is build code (Node).' },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.tools/', '.guichet-build/', '.guichet-build-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'dist-fixture/', '.cache-fixture/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Build code and Node scripts never import the browser's entry code (pages load it by <script>).
    files: [`src/lib/**/${sources}`, `src/*.ts`, `src/pages/**/${sources}`, `src/integration/**/${sources}`, `scripts/**/${sources}`],
    ignores: ['**/*.astro/*'], // the <script> blocks of .astro files, which are browser code
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)browser/', message: 'Build code does not import src/browser (the browser entry code, loaded by <script> in pages).' }] }],
    },
  },
  ...boundaryBlocks('src/lib/shared', leavesShared),
  ...boundaryBlocks('src/browser', leavesBrowser),
);
