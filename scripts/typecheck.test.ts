// `npm run typecheck` covers every TypeScript file with a test in it, renderer tests included (they were once
// checked by nothing, and hid type errors).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, matchesGlob, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')

interface TsConfig {
  extends?: string
  include?: string[]
  exclude?: string[]
  files?: string[]
}

function readConfig(path: string): Required<Pick<TsConfig, 'include' | 'exclude'>> {
  const config = JSON.parse(readFileSync(path, 'utf8')) as TsConfig
  const parent = config.extends
    ? readConfig(join(dirname(path), config.extends))
    : { include: [], exclude: [] }
  return { include: config.include ?? parent.include, exclude: config.exclude ?? parent.exclude }
}

describe('npm run typecheck', () => {
  const script = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts['typecheck']!
  const configs = [...script.matchAll(/tsc -p (\S+)/g)].map((m) => readConfig(join(root, m[1]!)))
  const covered = (file: string) =>
    configs.some(
      (c) =>
        c.include.some((glob) => matchesGlob(file, glob)) &&
        !c.exclude.some((glob) => matchesGlob(file, glob)),
    )

  it('checks every test file, renderer component tests included', () => {
    const files = execFileSync('git', ['ls-files', '*.test.ts', '*.test.tsx'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
    expect(files.filter((f) => f.startsWith('src/renderer/')).length).toBeGreaterThan(20)
    expect(files.filter((file) => !covered(relative(root, join(root, file))))).toEqual([])
  })
})

describe('npm run lint', () => {
  it('runs the type-aware promise rules on every TypeScript file', async () => {
    // Imported by a path the compiler does not follow (the config is plain JavaScript without types).
    const configPath = join(root, 'eslint.config.mjs')
    const configs = ((await import(configPath)) as { default: { files?: string[]; rules?: object }[] })
      .default
    const promiseRules = configs.filter(
      (c) =>
        c.rules &&
        'no-floating-promises' in prefixless(c.rules) &&
        'no-misused-promises' in prefixless(c.rules),
    )
    expect(promiseRules.map((c) => c.files)).toEqual([['**/*.{ts,tsx,mts}']])
    expect(promiseRules[0]!.rules).toMatchObject({
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    })
  })
})

const prefixless = (rules: object) =>
  Object.fromEntries(
    Object.entries(rules).map(([name, value]) => [name.replace('@typescript-eslint/', ''), value]),
  )
