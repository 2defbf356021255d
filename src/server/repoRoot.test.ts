import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { datasetDirFrom, findRepoRoot } from './repoRoot'

const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('findRepoRoot', () => {
  it('finds this repository from its source folders and from out/node at any depth', () => {
    const root = resolve(__dirname, '../..')
    expect(findRepoRoot(__dirname)).toBe(root)
    expect(findRepoRoot(join(root, 'out', 'node'))).toBe(root)
    expect(findRepoRoot(join(root, 'scripts'))).toBe(root)
    expect(datasetDirFrom(join(root, 'src', 'cli'))).toBe(join(root, 'resources', 'dataset'))
  })

  it('skips a folder with a package.json but no dataset, and says so when there is none', () => {
    const outer = mkdtempSync(join(tmpdir(), 'worth-root-'))
    made.push(outer)
    mkdirSync(join(outer, 'resources', 'dataset'), { recursive: true })
    writeFileSync(join(outer, 'package.json'), '{}')
    const inner = join(outer, 'node_modules', 'dep')
    mkdirSync(inner, { recursive: true })
    writeFileSync(join(inner, 'package.json'), '{}')
    expect(findRepoRoot(inner)).toBe(outer)
    const lone = mkdtempSync(join(tmpdir(), 'worth-lone-'))
    made.push(lone)
    expect(() => findRepoRoot(lone)).toThrow(/resources\/dataset/)
  })
})
