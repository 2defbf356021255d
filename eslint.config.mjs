import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layers (see README "Layout"): shared is the contract; core is pure logic on top of it; src/node holds the Node
// adapters (disk); main, preload, server, cli and the renderer are shells. An import may only point down this list.
const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Only src/main and src/preload may import electron.',
}
const noUiLibraries = {
  group: ['react', 'react-dom', 'react/*', 'recharts', 'dexie'],
  message: 'Core and shared code stay free of UI and storage libraries.',
}
const NODE_BUILTINS =
  'fs|path|os|url|util|crypto|http|https|net|child_process|worker_threads|stream|buffer|process'
const noNodeModules = (who) => ({
  regex: `^(node:.*|(${NODE_BUILTINS})(/.*)?)$`,
  message: `${who} runs anywhere: no node: modules. Disk access belongs in a Node adapter (src/node).`,
})
/** A relative import that climbs into one of the named top-level folders of src. */
const noRelativeInto = (folders, message) => ({
  regex: `^(\\.\\.?/)+(.*/)?(${folders.join('|')})(/.*)?$`,
  message,
})
const SHELLS = ['main', 'preload', 'renderer', 'server', 'cli']
// zod's classic build costs 15-26 ms at every CLI start and most of the CLI bundle; zod/mini does the same work.
// Every layer refuses it ('zod', 'zod/v3', 'zod/v4', 'zod/v4/classic'); 'zod/mini', 'zod/v4/core' and the locales pass.
// zod/mini is imported as a namespace (`import * as z`): its `z` export is an object holding all of zod/mini and
// every locale (~700 kB in a bundle), while the members of a namespace import are kept only when used.
const noClassicZod = {
  regex: '^zod(/v3(/.*)?|/v4(/classic(/.*)?)?)?$',
  message: "Use zod/mini: import * as z from src/shared/zod.ts (it also sets zod's English messages).",
}
const noWholeZod = {
  selector:
    "ImportDeclaration[source.value=/^(zod\\u002Fmini|zod\\u002Fv4\\u002Fmini|zod\\u002Fv4-mini|(\\.\\.?\\u002F)+(.*\\u002F)?zod)$/] > ImportSpecifier[imported.name='z']",
  message: 'Import zod as a namespace (import * as z): the `z` object keeps all of zod/mini in the bundle.',
}

const coreLayer = [
  noClassicZod,
  noElectron,
  noUiLibraries,
  noNodeModules('Core'),
  noRelativeInto(
    [...SHELLS, 'node'],
    'Core is pure: it imports only core and shared, never a shell or a Node adapter.',
  ),
]
// Core's and shared's tests and test helpers may read the real dataset through the Node adapter, and
// rendererFixtures.test.ts reads the renderer's saved replies to check them against the backend; no other shell.
const coreTests = [
  noClassicZod,
  noElectron,
  noUiLibraries,
  noRelativeInto(
    ['main', 'preload', 'server', 'cli'],
    'Core tests import only core, shared, the Node adapters and renderer fixtures.',
  ),
]
const sharedLayer = [
  noClassicZod,
  noElectron,
  noUiLibraries,
  noNodeModules('Shared code'),
  noRelativeInto(
    ['core', 'node', ...SHELLS],
    'Shared is the contract: it imports nothing from core or the shells.',
  ),
]
const shellLayer = [noClassicZod, noElectron, noUiLibraries]
const rendererLayer = [
  noClassicZod,
  { group: ['electron', 'electron/*'], message: 'The renderer talks to main only through lib/api.ts.' },
  {
    group: ['**/core/**', 'node:*'],
    message: 'The renderer never computes market figures; ask the backend.',
  },
  noRelativeInto(
    ['node', 'main', 'server', 'cli'],
    'The renderer imports only its own code and src/shared; it reaches the backend through lib/api.ts.',
  ),
]
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const TESTS = ['**/*.test.ts', '**/*.test.tsx']

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'coverage/', 'resources/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The bins are plain CommonJS (a CommonJS start skips Node's ES module loader): require() is their import.
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Files outside the layers below (main, preload, test/): only the zod rule. Each layer repeats it in its own list
  // (a later block's no-restricted-imports replaces an earlier one's).
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: { ...restrict([noClassicZod]), 'no-restricted-syntax': ['error', noWholeZod] },
  },
  { files: ['src/core/**/*.ts'], ignores: [...TESTS, 'src/core/testing/**'], rules: restrict(coreLayer) },
  {
    // Type-aware rules: a promise nobody awaits or handles, or one passed where a plain function is expected
    // (an async onClick, an async callback to forEach), fails silently; these make it a lint error.
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['**/*.d.mts', '**/*.d.cts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/core/**/*.test.ts', 'src/core/testing/**/*.ts', 'src/shared/**/*.test.ts'],
    rules: restrict(coreTests),
  },
  { files: ['src/shared/**/*.ts'], ignores: TESTS, rules: restrict(sharedLayer) },
  {
    files: ['src/node/**/*.ts', 'src/server/**/*.ts', 'src/cli/**/*.ts', 'scripts/**/*.ts'],
    rules: restrict(shellLayer),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(rendererLayer),
    },
  },
)
