import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildIfStale, staleReason } from './buildIfStale'

let root: string

async function touch(path: string, secondsAgo: number): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, 'x')
  const when = new Date(Date.now() - secondsAgo * 1000)
  await utimes(path, when, when)
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'worth-stale-'))
  await touch(join(root, 'src/renderer/src/App.tsx'), 100)
  await touch(join(root, 'src/shared/contract.ts'), 100)
  await touch(join(root, 'electron.vite.config.ts'), 100)
  // Directories get the current time when files are written into them; age them too.
  const old = new Date(Date.now() - 100_000)
  for (const d of ['src/renderer/src', 'src/renderer', 'src/shared']) await utimes(join(root, d), old, old)
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('staleReason', () => {
  it('says the build is missing when there is no out/renderer/index.html', () => {
    expect(staleReason(root)).toMatch(/missing/)
  })

  it('is null when the build is newer than every source', async () => {
    await touch(join(root, 'out/renderer/index.html'), 10)
    expect(staleReason(root)).toBeNull()
  })

  it('names the folder whose files changed after the build', async () => {
    await touch(join(root, 'out/renderer/index.html'), 10)
    await touch(join(root, 'src/renderer/src/features/estimate/Offer.tsx'), 1)
    expect(staleReason(root)).toMatch(/src\/renderer/)
  })

  it('notices changes to the shared contract too', async () => {
    await touch(join(root, 'out/renderer/index.html'), 10)
    await touch(join(root, 'src/shared/contract.ts'), 1)
    expect(staleReason(root)).toMatch(/src\/shared/)
  })
})

describe('buildIfStale', () => {
  it('does nothing when the build is fresh', async () => {
    await touch(join(root, 'out/renderer/index.html'), 10)
    const said: string[] = []
    buildIfStale(root, (m) => said.push(m))
    expect(said).toEqual([])
  })
})
