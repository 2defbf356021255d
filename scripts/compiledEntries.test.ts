import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  bundlePath,
  codeCachePath,
  ensureBuilt,
  runWithCodeCache,
  staleReason,
} from '../bin/compiledEntries.cjs'

const repo = resolve(__dirname, '..')
const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A throwaway tree with the build settings and a two-module CLI entry. */
function fakeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'worth-entries-'))
  made.push(root)
  mkdirSync(join(root, 'bin'))
  mkdirSync(join(root, 'src', 'cli'), { recursive: true })
  copyFileSync(join(repo, 'bin', 'compiledEntries.cjs'), join(root, 'bin', 'compiledEntries.cjs'))
  writeFileSync(join(root, 'package-lock.json'), '{}')
  writeFileSync(join(root, 'src', 'cli', 'greeting.ts'), "export const greeting: string = 'one'\n")
  writeFileSync(
    join(root, 'src', 'cli', 'main.ts'),
    "import { greeting } from './greeting'\nconsole.log(greeting)\n",
  )
  return root
}

const fileStats = (file: string): number[] => {
  const stat = statSync(file)
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino]
}

const run = (root: string): string =>
  execFileSync(process.execPath, [bundlePath(root, 'worth')], { encoding: 'utf8' }).trim()

describe('compiled entry points', () => {
  it('build when missing, run as plain JavaScript, and rebuild whenever a source changes', async () => {
    const root = fakeRepo()
    const log: string[] = []
    expect(staleReason(root, 'worth')).toMatch(/out\/node\/worth\.js is missing/)
    expect(await ensureBuilt(root, 'worth', (m) => log.push(m))).toBe(true)
    expect(log).toEqual(['Building out/node/worth.js (out/node/worth.js is missing)'])
    expect(run(root)).toBe('one')
    expect(staleReason(root, 'worth')).toBeNull()
    expect(await ensureBuilt(root, 'worth', (m) => log.push(m))).toBe(false)

    // Same size, same second: the content hash still sees it.
    writeFileSync(join(root, 'src', 'cli', 'greeting.ts'), "export const greeting: string = 'two'\n")
    expect(staleReason(root, 'worth')).toMatch(/changed/)
    await ensureBuilt(root, 'worth', () => {})
    expect(run(root)).toBe('two')

    // New build settings or a new lock file rebuild too.
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}')
    expect(staleReason(root, 'worth')).toMatch(/changed/)
    await ensureBuilt(root, 'worth', () => {})

    rmSync(join(root, 'src', 'cli', 'greeting.ts'))
    expect(staleReason(root, 'worth')).toMatch(/is gone/)
    await expect(ensureBuilt(root, 'worth', () => {})).rejects.toThrow(/greeting/)
  })

  it('trusts sizes and times written well before the hash, and hashes again whenever one moved', async () => {
    const root = fakeRepo()
    await ensureBuilt(root, 'worth', () => {})
    const stampFile = join(root, 'out', 'node', 'worth.stamp.json')
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'))
    expect(stamp.stats).toHaveLength(4) // the build settings and both sources
    // The sources were written moments before the hash: too close to trust their times, so a check hashes them.
    writeFileSync(stampFile, JSON.stringify({ ...stamp, hash: 'not the hash' }))
    expect(staleReason(root, 'worth')).toMatch(/changed/)
    // Taken as if the hash came seconds after the last write: the times are trusted and nothing is hashed (the
    // wrong hash goes unread)...
    const trusted = { ...stamp, hash: 'not the hash', hashedAt: Date.now() + 10_000 }
    writeFileSync(stampFile, JSON.stringify(trusted))
    expect(staleReason(root, 'worth')).toBeNull()
    // ...until a source is written again, even with the same size and modification time.
    const greeting = join(root, 'src', 'cli', 'greeting.ts')
    const { mtime } = statSync(greeting)
    writeFileSync(greeting, "export const greeting: string = 'two'\n")
    utimesSync(greeting, mtime, mtime)
    expect(staleReason(root, 'worth')).toMatch(/changed/)
  })

  it('keeps the new times of unchanged sources, so the next start need not hash them', async () => {
    const root = fakeRepo()
    await ensureBuilt(root, 'worth', () => {})
    const stampFile = join(root, 'out', 'node', 'worth.stamp.json')
    const before = JSON.parse(readFileSync(stampFile, 'utf8'))
    const main = join(root, 'src', 'cli', 'main.ts')
    writeFileSync(main, readFileSync(main)) // same contents, new times
    expect(staleReason(root, 'worth')).toBeNull()
    const after = JSON.parse(readFileSync(stampFile, 'utf8'))
    expect(after.hash).toBe(before.hash)
    expect(after.hashedAt).toBeGreaterThanOrEqual(before.hashedAt)
    expect(after.stats[3]).toEqual(fileStats(main))
  })

  it('treats a damaged stamp as stale', async () => {
    const root = fakeRepo()
    await ensureBuilt(root, 'worth', () => {})
    const stamp = join(root, 'out', 'node', 'worth.stamp.json')
    expect(JSON.parse(readFileSync(stamp, 'utf8')).inputs).toEqual(['src/cli/greeting.ts', 'src/cli/main.ts'])
    writeFileSync(stamp, '[]')
    expect(staleReason(root, 'worth')).toMatch(/not a build stamp/)
    rmSync(bundlePath(root, 'worth'))
    writeFileSync(stamp, readFileSync(stamp))
    expect(staleReason(root, 'worth')).toMatch(/missing/)
  })
})

describe('the code cache beside a bundle', () => {
  it('is written after a first run, taken by the next, and dropped when the bundle is rebuilt', async () => {
    const root = fakeRepo()
    await ensureBuilt(root, 'worth', () => {})
    const file = bundlePath(root, 'worth')
    writeFileSync(file, 'module.exports = { answer: [1, 2, 3].map((n) => n * 2) }\n')
    const first = runWithCodeCache(file)
    expect(first.exports).toEqual({ answer: [2, 4, 6] })
    expect(first.cacheUsed).toBe(false)
    first.writeCache()
    const second = runWithCodeCache(file)
    expect(second.cacheUsed).toBe(true)
    expect(second.exports).toEqual({ answer: [2, 4, 6] })
    writeFileSync(join(root, 'src', 'cli', 'greeting.ts'), "export const greeting: string = 'two'\n")
    await ensureBuilt(root, 'worth', () => {})
    expect(() => readFileSync(`${file}.cache`)).toThrow()
    expect(run(root)).toBe('two')
  })

  it('is kept apart for each set of Node flags, and every one goes when the bundle is rebuilt', async () => {
    const file = '/x/out/node/worth.js'
    expect(codeCachePath(file, [], '')).toBe('/x/out/node/worth.js.cache')
    const flagged = codeCachePath(file, ['--min-semi-space-size=32'], '')
    expect(flagged).toMatch(/^\/x\/out\/node\/worth\.js\.[0-9a-f]{8}\.cache$/)
    expect(codeCachePath(file, ['--min-semi-space-size=32'], '')).toBe(flagged)
    expect(codeCachePath(file, ['--min-semi-space-size=16'], '')).not.toBe(flagged)
    expect(codeCachePath(file, [], '--max-old-space-size=100')).not.toBe(flagged)

    const root = fakeRepo()
    await ensureBuilt(root, 'worth', () => {})
    const bundle = bundlePath(root, 'worth')
    const other = codeCachePath(bundle, ['--min-semi-space-size=32'], '')
    writeFileSync(`${bundle}.cache`, 'old')
    writeFileSync(other, 'old')
    writeFileSync(join(root, 'src', 'cli', 'greeting.ts'), "export const greeting: string = 'three'\n")
    await ensureBuilt(root, 'worth', () => {})
    expect(() => readFileSync(`${bundle}.cache`)).toThrow()
    expect(() => readFileSync(other)).toThrow()
    expect(run(root)).toBe('three')
  })
})
