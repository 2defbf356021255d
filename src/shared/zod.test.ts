import { describe, expect, it } from 'vitest'
import * as z from './zod'

describe('builtOnFirstUse', () => {
  it('builds the schema on its first use, once, and then behaves as it', () => {
    let builds = 0
    const age = z.builtOnFirstUse(() => {
      builds += 1
      return z.number().check(z.minimum(0, 'cannot be negative'))
    })
    expect(builds).toBe(0)
    expect(age.safeParse(3)).toEqual({ success: true, data: 3 })
    const refused = age.safeParse(-1)
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe('cannot be negative')
    expect(builds).toBe(1)
    expect(age.parse(4)).toBe(4)
    expect(builds).toBe(1)
  })

  it('passes prototype and own-property reads to the schema', () => {
    const real = z.string()
    const late = z.builtOnFirstUse(() => z.string())
    expect(Object.getPrototypeOf(late)).toBe(Object.getPrototypeOf(real))
    expect('_zod' in late).toBe(true)
    expect(Object.keys(late).sort()).toEqual(Object.keys(real).sort())
  })

  it('composes into other schemas, built or not, with their messages unchanged', () => {
    const amount = z.builtOnFirstUse(() => z.number().check(z.maximum(10, 'must be at most 10')))
    const pair = z.builtOnFirstUse(() => z.strictObject({ a: amount, b: z.optional(amount) }))
    const list = z.array(pair)
    const options = z.discriminatedUnion('kind', [
      z.builtOnFirstUse(() => z.strictObject({ kind: z.literal('one'), value: amount })),
      z.strictObject({ kind: z.literal('two') }),
    ])
    expect(list.parse([{ a: 1 }, { a: 2, b: 3 }])).toEqual([{ a: 1 }, { a: 2, b: 3 }])
    const refused = list.safeParse([{ a: 1 }, { a: 11 }])
    expect(refused.error?.issues[0]).toMatchObject({ path: [1, 'a'], message: 'must be at most 10' })
    expect(options.parse({ kind: 'one', value: 5 })).toEqual({ kind: 'one', value: 5 })
    expect(options.safeParse({ kind: 'three' }).success).toBe(false)
    expect(pair.safeParse({ a: 1, c: 2 }).error?.issues[0]?.code).toBe('unrecognized_keys')
  })

  it("words zod's own messages in English, made on the first refusal", () => {
    expect(z.number().safeParse('x').error?.issues[0]?.message).toBe(
      'Invalid input: expected number, received string',
    )
  })
})
