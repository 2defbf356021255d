// Runs the 300-case hostile-input corpus (test/fixtures/hostile-inputs.json) through the CLI and the channels.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Channel } from '../shared/contract'
import { runCli } from './run'
import { realDataset } from '../core/testing/realDataset'
import { dispatch } from '../core/app/dispatch'
import { createHandlers } from '../core/app/handlers'

type Case =
  | { kind: 'cli'; args: string[]; flag: string; expect: 'any' | 'refused' }
  | { kind: 'channel'; channel: Channel; input: unknown; field: string }

const root = resolve(__dirname, '../..')
const corpus = JSON.parse(readFileSync(resolve(root, 'test/fixtures/hostile-inputs.json'), 'utf8')) as {
  cases: Case[]
}
const handlers = createHandlers(realDataset())
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('the hostile-input corpus', () => {
  it('holds 300 cases', () => {
    expect(corpus.cases).toHaveLength(300)
  })

  const cli = corpus.cases.flatMap((c, i) => (c.kind === 'cli' ? [[i, c] as const] : []))
  it.each(cli)('case %i: the CLI exits 0 or 2, names the hostile flag, and prints nothing raw', (_i, c) => {
    const out: string[] = []
    const err: string[] = []
    // Paths in the corpus are relative to the repository.
    const args = c.args.map((a) => (a.startsWith('test/fixtures/') ? resolve(root, a) : a))
    const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, () => handlers)
    expect([0, 2]).toContain(code)
    if (c.expect === 'refused') expect(code).toBe(2)
    if (code === 2) {
      expect(err).toHaveLength(1)
      expect(err[0]!.startsWith(`worth: ${c.flag}: `), err[0]).toBe(true)
      expect(err[0]).not.toMatch(/[\n\r]/)
    } else {
      expect(err).toEqual([])
      // What the user typed may be echoed; nothing else may read NaN, undefined or [object Object].
      const own = c.args.reduce((text, arg) => text.split(arg).join(''), out.join('\n'))
      expect(own).not.toMatch(/NaN|undefined|\[object Object\]/)
    }
    for (const line of [...out, ...err]) {
      expect(line).not.toMatch(RAW_CONTROL)
      expect(line).not.toContain('could not compute')
    }
  })

  const channels = corpus.cases.flatMap((c, i) => (c.kind === 'channel' ? [[i, c] as const] : []))
  it.each(channels)(
    'case %i: the channel answers with a reply naming the field, never an internal error',
    (_i, c) => {
      const reply = dispatch(handlers, c.channel, c.input)
      if (reply.ok) return
      expect(reply.error.code).not.toBe('internal')
      if (reply.error.code === 'invalid-input') expect(reply.error.field).toBe(c.field)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )
})
