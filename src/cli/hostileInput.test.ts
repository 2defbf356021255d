// Property-based: random text, and text made of Object.prototype's names, through every handler and every CLI
// command. A lookup keyed by user text that reads a plain object answers "constructor" with a function and the
// handler fails inside; here any reply is fine except Worth's internal error, and the CLI never throws or exits
// with anything but 0 or 2.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNELS, type Channel } from '../shared/contract'
import type { Offer } from '../shared/offer'
import { runCli } from './run'
import { realDataset } from '../core/testing/realDataset'
import { dispatch } from '../core/app/dispatch'
import { createHandlers } from '../core/app/handlers'

const handlers = createHandlers(realDataset())

/** Every own property name of Object.prototype and Function.prototype, and a few more that tables trip on. */
export const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    'prototype',
    '__proto__',
    'then',
  ]),
]

const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES)
/** Text as a user might type it around a prototype name: "constructor", "Constructor, WA", "toString engineer". */
const aroundPrototype = fc
  .tuple(
    prototypeName,
    fc.constantFrom('', ', WA', ', CA', ' County, TX', ' engineer', ' of the United States'),
    fc.constantFrom('', ' ', 'Senior ', 'the '),
    fc.boolean(),
  )
  .map(([name, suffix, prefix, upper]) => `${prefix}${upper ? name.toUpperCase() : name}${suffix}`)
/** Any text: random strings, full Unicode, prototype names and mixtures. */
export const hostileText = fc.oneof(
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: prototypeName, weight: 3 },
  { arbitrary: aroundPrototype, weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'Software Engineer',
      'Registered Nurse',
      'Seattle, WA',
      'Texas',
      'United States',
    ),
    weight: 1,
  },
)

const fixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../test/fixtures/three-offers.json'), 'utf8'),
) as { offers: Offer[] }
const [seattle, sf] = fixture.offers as [Offer, Offer]

const RUNS = { numRuns: 60 }

/** A channel's input with every text field taken from the generated strings. */
function inputFor(channel: Channel, [a, b, c]: [string, string, string]): unknown {
  switch (channel) {
    case 'titles:search':
    case 'locations:search':
      return { query: a.slice(0, 200), limit: 8 }
    case 'estimate:offer':
      return { title: a, location: b, base: 150_000, years: 5 }
    case 'insights:role':
      return { title: a, location: b }
    case 'negotiate:offer':
      return { title: a, location: b, base: 150_000, currentLocation: c }
    case 'compare:equivalent':
      return { wages: 150_000, from: a, to: b }
    case 'offer:check':
      return { offer: { ...seattle, title: a, location: b, label: c, company: c, notes: c } }
    case 'compare:offers':
      return {
        offers: [
          { ...seattle, title: a, location: b, label: c },
          { ...sf, id: c || 'x', location: a },
        ],
      }
    case 'dataset:info':
      return {}
  }
}

function noInternalError(channel: Channel, input: unknown) {
  const reply = dispatch(handlers, channel, input)
  if (!reply.ok && reply.error.code === 'internal')
    throw new Error(`${channel} failed internally on ${JSON.stringify(input)}`)
  // No reply carries NaN or a stray function from a prototype lookup.
  JSON.stringify(reply, (_key, value: unknown) => {
    if (typeof value === 'number' && Number.isNaN(value))
      throw new Error(`${channel} gave NaN on ${JSON.stringify(input)}`)
    if (typeof value === 'function') throw new Error(`${channel} gave a function on ${JSON.stringify(input)}`)
    return value
  })
}

describe('every handler, on hostile text', () => {
  it.each(CHANNELS)('%s never fails internally on prototype names (every one, in every field)', (channel) => {
    for (const name of PROTOTYPE_NAMES) noInternalError(channel, inputFor(channel, [name, name, name]))
  })

  it.each(CHANNELS)('%s never fails internally on random text', (channel) => {
    fc.assert(
      fc.property(fc.tuple(hostileText, hostileText, hostileText), (texts) =>
        noInternalError(channel, inputFor(channel, texts)),
      ),
      RUNS,
    )
  })

  it.each(CHANNELS)('%s refuses any malformed input with a reply, never a throw', (channel) => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true }),
        (input) => noInternalError(channel, input),
      ),
      RUNS,
    )
  })
})

describe('every CLI command, on hostile text', () => {
  const commandLine = (command: string, values: [string, string, string]): string[] => {
    const [a, b, c] = values
    switch (command) {
      case 'estimate':
        return [
          'estimate',
          '--title',
          a,
          '--location',
          b,
          '--base',
          '150000',
          '--years',
          c.length % 2 ? c : '5',
        ]
      case 'insights':
        return ['insights', '--title', a, '--location', b, ...(c.length % 2 ? ['--soc', c] : [])]
      case 'tax':
        return ['tax', '--income', c, '--location', a, '--filing', b]
      case 'compare':
        return [
          'compare',
          '--offers',
          resolve(__dirname, '../../test/fixtures/three-offers.json'),
          '--pick',
          a,
        ]
      case 'equivalent':
        return ['equivalent', '--wages', c, '--from', a, '--to', b]
      default:
        return ['negotiate', '--title', a, '--location', b, '--base', '150000', '--from', c]
    }
  }

  it.each(['estimate', 'insights', 'tax', 'compare', 'equivalent', 'negotiate'])(
    'worth %s exits 0 or 2 and never reports an internal error',
    (command) => {
      const check = (values: [string, string, string]) => {
        const err: string[] = []
        const code = runCli(
          commandLine(command, values),
          { out: () => {}, err: (t) => err.push(t) },
          () => handlers,
        )
        expect([0, 2]).toContain(code)
        if (code === 2) expect(err).toHaveLength(1)
        for (const line of err) expect(line).not.toContain('could not compute')
      }
      for (const name of PROTOTYPE_NAMES) check([name, name, name])
      fc.assert(fc.property(fc.tuple(hostileText, hostileText, hostileText), check), RUNS)
      // Flag names made of prototype names are unknown options, not lookups that succeed.
      for (const name of PROTOTYPE_NAMES) {
        const err: string[] = []
        expect(
          runCli([command, `--${name}`, 'x'], { out: () => {}, err: (t) => err.push(t) }, () => handlers),
        ).toBe(2)
        expect(err[0]).toMatch(/unknown option/)
      }
    },
  )
})
