// The renderer's tests use replies saved from this backend (the renderer may not import core). This recomputes
// every saved reply of test/fixtures/replySpecs.ts from its stated input with the real handlers, so a saved reply
// cannot drift from what the backend says now. When one fails: `npm run fixtures:renderer` rewrites them all.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { realDataset } from './realDataset'
import { REPLY_FILES, REPLY_SPECS, savedForm } from '../../../test/fixtures/replySpecs'
import compare from '../../../test/fixtures/replies/compare.json'
import estimate from '../../../test/fixtures/replies/estimate.json'
import insights from '../../../test/fixtures/replies/insights.json'
import lookups from '../../../test/fixtures/replies/lookups.json'
import negotiate from '../../../test/fixtures/replies/negotiate.json'

const handlers = createHandlers(realDataset())
const saved = { compare, estimate, insights, lookups, negotiate } as unknown as Record<
  string,
  Record<string, { channel: string; input: unknown; reply: unknown }>
>

describe("the renderer's saved backend replies match the backend", () => {
  it('saves exactly the specs, each once, in its file', () => {
    expect(Object.keys(saved).sort()).toEqual([...REPLY_FILES].sort())
    for (const file of REPLY_FILES)
      expect(Object.keys(saved[file]!).sort(), file).toEqual(
        REPLY_SPECS.filter((s) => s.file === file)
          .map((s) => s.name)
          .sort(),
      )
  })

  it.each(REPLY_SPECS.map((spec) => [spec.name, spec] as const))('%s', (_name, spec) => {
    const entry = saved[spec.file]![spec.name]!
    expect(entry.channel).toBe(spec.channel)
    expect(entry.input).toEqual(savedForm(spec.input))
    expect(savedForm(dispatch(handlers, spec.channel, spec.input))).toEqual(entry.reply)
  })
})
