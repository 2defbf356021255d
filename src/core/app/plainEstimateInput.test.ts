// The estimate's quick input check against the contract: over good and bad inputs, whatever it accepts the zod
// schema accepts with the very same output (values, keys and their order), and whatever the schema refuses it
// leaves to the schema, so the messages are the schema's.
import { describe, expect, it } from 'vitest'
import { EstimateInputSchema } from '../../shared/contract'
import { checkInput } from './dispatch'
import { plainEstimateInput } from './plainEstimateInput'

const TEXTS: unknown[] = [
  'Software Engineer',
  '',
  ' ',
  'x'.repeat(200),
  'x'.repeat(201),
  'é'.repeat(200),
  5,
  null,
  {},
  [],
]
const AMOUNTS: unknown[] = [
  1,
  150000,
  0,
  -0,
  -1,
  0.5,
  10_000_000,
  10_000_001,
  NaN,
  Infinity,
  -Infinity,
  '5',
  null,
  true,
]
const YEARS: unknown[] = [0, 3, 60, 60.5, 61, -1, 2.5, NaN, null, '3', Infinity]
const SOCS: unknown[] = ['15-1252', '15-125', '151252', ' 15-1252', 15, null, '']
const AREAS: unknown[] = ['42660', 'US', 'WA', 'wa', '4266', '12345678', 42660, null]
const MISSING = Symbol('missing')

/** Inputs built from one good input by changing a field (to each listed value, to undefined, or removing it). */
function* inputs(): Generator<unknown> {
  const good = { title: 'Registered Nurse', location: 'Seattle, WA', base: 86070 }
  yield good
  yield { ...good, years: 4, bonus: 5000, stock: 12000, signon: 20000, soc: '29-1141', areaCode: '42660' }
  const fields: [string, unknown[]][] = [
    ['title', TEXTS],
    ['location', TEXTS],
    ['base', AMOUNTS],
    ['bonus', AMOUNTS],
    ['stock', AMOUNTS],
    ['signon', AMOUNTS],
    ['years', YEARS],
    ['soc', SOCS],
    ['areaCode', AREAS],
  ]
  for (const [field, values] of fields)
    for (const value of [...values, undefined, MISSING]) {
      const input: Record<string, unknown> = { ...good, years: 2, bonus: 1000 }
      if (value === MISSING) delete input[field]
      else input[field] = value
      yield input
      // The same, with the keys in another order.
      yield Object.fromEntries(Object.entries(input).reverse())
    }
  // Not plain objects, or with keys the schema does not know.
  yield null
  yield undefined
  yield 'Registered Nurse'
  yield 42
  yield [good]
  yield { ...good, extra: 1 }
  yield { ...good, __proto__: { extra: 1 } }
  yield Object.assign(Object.create(null) as object, good)
  yield Object.assign(new (class Offer {})(), good)
  yield new Map(Object.entries(good))
  const withGetter = { ...good }
  Object.defineProperty(withGetter, 'bonus', { get: () => 7, enumerable: true })
  yield withGetter
  const hidden = { ...good }
  Object.defineProperty(hidden, 'stock', { value: 9, enumerable: false })
  yield hidden
}

describe('plainEstimateInput', () => {
  it("accepts only what the schema accepts, and gives the schema's own output", () => {
    let accepted = 0
    let refused = 0
    for (const input of inputs()) {
      const quick = plainEstimateInput(input)
      const schema = EstimateInputSchema.safeParse(input)
      if (!schema.success) {
        refused += 1
        expect({ input, quick }).toEqual({ input, quick: null })
      } else if (quick !== null) {
        accepted += 1
        expect(quick).toStrictEqual(schema.data)
        expect(Object.keys(quick)).toEqual(Object.keys(schema.data))
        expect(Object.values(quick).map((v) => Object.is(v, -0))).toEqual(
          Object.values(schema.data).map((v) => Object.is(v, -0)),
        )
      }
    }
    // Both sides are exercised: many good inputs take the quick path, many bad ones are refused by the schema.
    expect(accepted).toBeGreaterThan(60)
    expect(refused).toBeGreaterThan(100)
  })

  it('takes the common inputs itself: a title, a place and pay, with or without the optional fields', () => {
    const base = { title: 'Software Engineer', location: 'Austin, TX', base: 120000 }
    for (const input of [
      base,
      { ...base, years: 5 },
      { ...base, years: null, bonus: 10000, stock: 25000, signon: 15000 },
      { ...base, soc: '15-1252', areaCode: '12420' },
    ])
      expect(plainEstimateInput(input)).toStrictEqual(EstimateInputSchema.parse(input))
  })

  it("leaves bad input to the schema, whose message names the field (through dispatch's check)", () => {
    expect(checkInput('estimate:offer', { title: 'Nurse', location: 'WA', base: 0 })).toEqual({
      ok: false,
      error: { code: 'invalid-input', field: 'base', message: expect.stringMatching(/more than \$0/) },
    })
    expect(
      checkInput('estimate:offer', { title: 'Nurse', location: 'WA', base: 5, years: 61 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'years' },
    })
    expect(checkInput('estimate:offer', { title: 'Nurse', location: 'WA', base: 5, extra: 1 })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-input' },
      },
    )
  })
})
