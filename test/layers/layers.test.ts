// The layer rules in eslint.config.mjs: each layer may import only downwards. These tests lint small snippets as if
// they were files in each layer and check that a wrong-way import is an error and a right-way import is not.
import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The snippets are not files of any tsconfig, so the type-aware promise rules (which need a program) are off here;
// the layer rules need no types.
const eslint = new ESLint({
  cwd: resolve(__dirname, '../..'),
  overrideConfig: [
    {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'off',
        '@typescript-eslint/no-misused-promises': 'off',
      },
    },
  ],
})

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x\n`, { filePath })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message)
}

describe('layer rules', () => {
  it.each([
    ['src/core/estimate/x.ts', "import { readFileSync as x } from 'node:fs'", 'no node: modules'],
    ['src/core/estimate/x.ts', "import x from 'fs'", 'no node: modules'],
    [
      'src/core/estimate/x.ts',
      "import { loadDatasetFromDisk as x } from '../../node/datasetFromDisk'",
      'Core is pure',
    ],
    ['src/core/app/x.ts', "import { registerIpc as x } from '../../main/ipc'", 'Core is pure'],
    ['src/core/app/x.ts', "import { createServer as x } from '../../server/server'", 'Core is pure'],
    ['src/core/app/x.ts', "import { runCli as x } from '../../cli/run'", 'Core is pure'],
    ['src/core/app/x.ts', "import x from '../../renderer/src/lib/api'", 'Core is pure'],
    ['src/core/app/x.ts', "import x from '../../preload/index'", 'Core is pure'],
    ['src/core/testing/x.ts', "import { runCli as x } from '../../cli/run'", 'Core tests import only'],
    [
      'src/shared/x.ts',
      "import { createHandlers as x } from '../core/app/handlers'",
      'imports nothing from core',
    ],
    ['src/shared/x.ts', "import x from 'node:path'", 'no node: modules'],
    [
      'src/renderer/src/lib/x.ts',
      "import { estimateOffer as x } from '../../../core/estimate/estimateOffer'",
      'never computes',
    ],
    [
      'src/renderer/src/lib/x.ts',
      "import { registerIpc as x } from '../../../main/ipc'",
      'imports only its own code',
    ],
    ['src/renderer/src/lib/x.ts', "import x from '../../../server/routes'", 'imports only its own code'],
    ['src/renderer/src/lib/x.ts', "import x from '../../../cli/run'", 'imports only its own code'],
    [
      'src/renderer/src/lib/x.ts',
      "import x from '../../../node/datasetFromDisk'",
      'imports only its own code',
    ],
    // zod's classic build, in every layer and outside them (zod/mini is the one Worth uses).
    ...[
      'src/core/tax/states/x.ts',
      'src/core/app/x.test.ts',
      'src/core/testing/x.ts',
      'src/shared/x.ts',
      'src/shared/x.test.ts',
      'src/node/x.ts',
      'src/server/x.ts',
      'src/cli/x.ts',
      'src/main/x.ts',
      'src/preload/x.ts',
      'src/renderer/src/lib/x.ts',
      'src/renderer/src/lib/x.test.tsx',
      'scripts/x.ts',
      'test/e2e/x.test.ts',
    ].map((file) => [file, "import { z as x } from 'zod'", 'Use zod/mini']),
    ['src/shared/x.ts', "import * as x from 'zod/v4'", 'Use zod/mini'],
    ['src/shared/x.ts', "import { z as x } from 'zod/v4/classic/external'", 'Use zod/mini'],
    ['src/cli/x.ts', "import { z as x } from 'zod/v3'", 'Use zod/mini'],
    // zod/mini's `z` object: all of zod/mini and its locales in the bundle.
    ['src/renderer/src/lib/x.ts', "import { z as x } from 'zod/mini'", 'as a namespace'],
    ['src/shared/x.ts', "import { z as x } from './zod'", 'as a namespace'],
    ['src/core/tax/states/x.ts', "import { z as x } from '../../../shared/zod'", 'as a namespace'],
  ])('%s: %s is an error', async (file, source, message) => {
    const messages = await restrictedImports(file, source)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(message)
  })

  it.each([
    ['src/core/estimate/x.ts', "import { WorthFailure as x } from '../errors'"],
    ['src/core/estimate/x.ts', "import { channelSchemas as x } from '../../shared/contract'"],
    ['src/core/testing/x.ts', "import { loadDatasetFromDisk as x } from '../../node/datasetFromDisk'"],
    ['src/node/x.ts', "import { readFileSync as x } from 'node:fs'"],
    ['src/cli/x.ts', "import { createHandlers as x } from '../core/app/handlers'"],
    ['src/server/x.ts', "import { dispatch as x } from '../core/app/dispatch'"],
    ['src/main/x.ts', "import { loadDatasetFromDisk as x } from '../node/datasetFromDisk'"],
    ['src/renderer/src/lib/x.ts', "import { channelSchemas as x } from '../../../shared/contract'"],
    ['src/renderer/src/lib/x.ts', "import * as x from 'zod/mini'"],
    ['src/shared/x.ts', "import { en as x } from 'zod/locales'"],
    ['src/core/app/x.ts', "import type { $ZodError as x } from 'zod/v4/core'"],
    ['src/core/tax/x.ts', "import * as x from '../../shared/zod'"],
    ['src/shared/x.ts', "import { config as x } from './zod'"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([])
  })
})
