import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const pureLayers = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'Only src/main and src/preload may import electron.' },
    {
      group: ['react', 'react-dom', 'react/*', 'recharts', 'dexie'],
      message: 'Core and shared code stay free of UI and storage libraries.',
    },
  ],
}

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
    // Type-aware rules: a promise nobody awaits or handles, or one passed where a plain function is expected
    // (an async onClick, an async callback to forEach), fails silently; these make it a lint error.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: [
      'src/core/**/*.ts',
      'src/shared/**/*.ts',
      'src/server/**/*.ts',
      'src/cli/**/*.ts',
      'scripts/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', pureLayers] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer talks to main only through lib/api.ts.',
            },
            {
              group: ['**/core/**', 'node:*'],
              message: 'The renderer never computes market figures; ask the backend.',
            },
          ],
        },
      ],
    },
  },
)
