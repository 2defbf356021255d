// The whole calculator over the committed dataset, directly and through the channel.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../app/dispatch'
import { createHandlers } from '../app/handlers'
import { realDataset } from '../testing/realDataset'
import { NegotiateInputSchema, type NegotiateInput } from '../../shared/contract'
import { computeTax } from '../tax/computeTax'
import { negotiateOffer } from './negotiateOffer'
import { isRound, preciseFigure } from './preciseAsk'

const dataset = realDataset()
const negotiate = (input: NegotiateInput) => negotiateOffer(dataset, NegotiateInputSchema.parse(input))
// A market percentile the user chose (as --target 75 does): honoured as it is, past Worth's own 20% step.
const seattle = {
  title: 'Software Developer',
  location: 'Seattle, WA',
  base: 150_000,
  target: { kind: 'percentile', value: 75 },
} as const

/** Every number anywhere in a result, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`))
  return []
}

describe('negotiateOffer on the real dataset', () => {
  it('asks for the 75th percentile of Software Developers in Seattle, precisely', () => {
    const r = negotiate(seattle)
    expect(r.estimate.market).toMatchObject({
      areaName: 'Seattle-Tacoma-Bellevue, WA',
      p50: 178_317,
      p75: 232_870,
    })
    expect(r.current).toMatchObject({ base: 150_000, total: 150_000, percentile: 33.9 })
    expect(r.ask).toMatchObject({
      base: 232_850,
      low: 207_750,
      high: 270_200,
      percentile: 75,
      raise: 82_850,
      raisePercent: 55.2,
      from: 'market',
    })
    expect(r.target).toMatchObject({ kind: 'percentile', value: 75, percentile: 75, explicit: true })
    expect(r.target.wage).toBeCloseTo(232_870, -1)
    // A 55% jump: the market ask stands, with a warning that points at the median as a modest alternative.
    expect(r.warnings.map((w) => w.id)).toEqual(['ask-far-above-offer'])
    expect(r.warnings[0]!.text).toContain('55% above the offered base of $150,000')
    expect(r.warnings[0]!.text).toContain('the market median, $178,300')
  })

  it('prices take-home with the tax engine for Washington', () => {
    const r = negotiate(seattle)
    const wa = (wages: number) =>
      computeTax({ year: 2025, filing: 'single', state: 'WA', wages, k401: 0 }).takeHome
    expect(r.current.takeHome).toBe(wa(150_000))
    expect(r.ask.takeHome).toBe(wa(232_850))
    expect(r.ask.takeHomeGain).toBeCloseTo(wa(232_850) - wa(150_000), 2)
    expect(r.tradeoffs.map((t) => [t.kind, t.amount])).toEqual([
      ['signon', 82_850],
      ['equity', 331_400],
      ['bonus', 82_850],
    ])
    expect(r.tradeoffs[0]!.takeHome).toBeCloseTo(wa(232_850) - wa(150_000), 2)
  })

  it('picks tips by the numbers and lists the citations they use', () => {
    const r = negotiate({ ...seattle, years: 12 })
    const ids = r.tips.map((t) => t.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'below-median',
        'no-signon',
        'no-equity',
        'experience-above-pay',
        'precise-number',
      ]),
    )
    expect(ids).not.toContain('near-median')
    expect(ids).not.toContain('remote')
    expect(r.tips.find((t) => t.id === 'experience-above-pay')!.text).toContain(
      'Level IV (fully competent), paid about $212,202',
    )
    const cited = new Set(r.tips.flatMap((t) => t.cites))
    expect(r.citations.map((c) => c.short).sort()).toEqual([...cited].sort())
    expect(r.citations).toHaveLength(7)
  })

  it('quotes the market and its sources in the scripts', () => {
    const r = negotiate({ ...seattle, alternative: 170_000 })
    expect(r.scripts).toHaveLength(6)
    const warm = r.scripts[0]!
    expect(warm.body).toContain('$232,850 to $270,200')
    expect(warm.body).toContain(
      'BLS OEWS, May 2024; DOL OFLC prevailing wage levels, wage year July 2025 - June 2026',
    )
    expect(warm.body).toContain('another offer worth $170,000')
  })

  it('keeps base and turns to other terms, after tax, when the offer is past the target', () => {
    const r = negotiate({ ...seattle, base: 250_000 })
    expect(r.ask).toMatchObject({ from: 'terms', base: 250_000, raise: 0 })
    expect(r.warnings.map((w) => w.id)).toEqual(['offer-past-target'])
    expect(r.tips.map((t) => t.id)).toEqual(expect.arrayContaining(['above-p75', 'other-terms']))
    expect(r.otherTerms).toMatchObject({ value: 12_650, share: 0.05 })
    const wa = (wages: number) =>
      computeTax({ year: 2025, filing: 'single', state: 'WA', wages, k401: 0 }).takeHome
    expect(r.tradeoffs.map((t) => [t.kind, t.amount])).toEqual([
      ['signon', 12_650],
      ['equity', 50_600],
      ['bonus', 12_650],
    ])
    expect(r.tradeoffs[0]!.takeHome).toBeCloseTo(wa(262_650) - wa(250_000), 2)
    expect(r.tradeoffs[0]!.sentence).toContain("matches a 5% raise's first-year value")
    for (const d of r.scripts) expect(d.body).toContain('a sign-on bonus of $12,650')
    expect(r.stretch).toBeNull()
  })

  it('checks a typed ask and the walk-away', () => {
    const r = negotiate({ ...seattle, ask: 145_000, walkaway: 160_000, bonus: 5_000 })
    expect(r.ask).toMatchObject({ base: 145_000, from: 'user' })
    expect(r.warnings.map((w) => w.id)).toEqual([
      'ask-below-offer',
      'ask-below-walkaway',
      'walkaway-above-offer',
    ])
    expect(negotiate({ ...seattle, ask: 900_000 }).warnings.map((w) => w.id)).toEqual([
      'ask-above-p99',
      'ask-far-above-offer',
    ])
    expect(negotiate({ ...seattle, ask: 179_850 }).warnings).toEqual([])
  })

  it('solves a take-home target in New York City with the city tax', () => {
    const r = negotiate({
      title: 'Software Developer',
      location: 'New York, NY',
      base: 150_000,
      target: { kind: 'takeHome', value: 130_000 },
    })
    const nyc = (wages: number) =>
      computeTax({ year: 2025, filing: 'single', state: 'NY', locality: 'nyc', wages, k401: 0 }).takeHome
    expect(r.target.kind).toBe('takeHome')
    expect(r.ask.from).toBe('market')
    expect(isRound(r.ask.base)).toBe(false)
    expect(Math.abs(nyc(r.ask.base) - 130_000)).toBeLessThan(60)
    expect(r.notes.join(' ')).toContain('New York City')
  })

  it('compares prices for a move, from BEA price parities', () => {
    const r = negotiate({ ...seattle, currentLocation: 'Austin, TX' })
    const tip = r.tips.find((t) => t.id === 'move-dearer')!
    expect(tip.text).toContain(
      '15.7% higher than in Austin, TX (BEA regional price parities 112.99 and 97.62)',
    )
    const back = negotiate({
      title: 'Software Developer',
      location: 'Austin, TX',
      base: 130_000,
      currentLocation: 'San Jose, CA',
    })
    expect(back.tips.map((t) => t.id)).toContain('move-cheaper')
  })

  it('leaves take-home unknown for national figures, and says why', () => {
    const r = negotiate({
      title: 'Software Developer',
      location: 'United States',
      base: 150_000,
      remote: true,
    })
    expect(r.estimate.market.scope).toBe('national')
    expect(r.current.takeHome).toBeNull()
    expect(r.ask.takeHome).toBeNull()
    expect(r.tradeoffs.every((t) => t.takeHome === null)).toBe(true)
    expect(r.notes).toContain(
      'Take-home pay is not shown: it depends on the state\'s taxes, and Worth cannot tell which state "United States" is in. To see it, give a state or a city and state, e.g. "Texas" or "Denver, CO".',
    )
    expect(r.tips.map((t) => t.id)).toContain('remote')
  })

  it('never produces a number that is not finite', () => {
    for (const input of [
      seattle,
      { ...seattle, base: 10_000_000, bonus: 10_000_000, stock: 10_000_000, signon: 10_000_000 },
      { ...seattle, base: 1 },
      { title: 'Registered Nurse', location: 'Philadelphia, PA', base: 80_000, years: 0 },
      { title: 'Backend Architect', location: 'United States', base: 120_000 },
    ]) {
      for (const [path, n] of numbers(negotiate(input))) expect(Number.isFinite(n), path).toBe(true)
    }
  })
})

describe('the negotiate:offer channel', () => {
  const handlers = createHandlers(dataset)

  it('answers with the same result as the function', () => {
    const r = dispatch(handlers, 'negotiate:offer', seattle)
    expect(r.ok && r.value.ask.base).toBe(232_850)
  })

  it('names the field of bad input', () => {
    expect(dispatch(handlers, 'negotiate:offer', { ...seattle, walkaway: -1 })).toEqual({
      ok: false,
      error: { code: 'invalid-input', field: 'walkaway', message: 'Walk-away total: cannot be negative' },
    })
    expect(
      dispatch(handlers, 'negotiate:offer', { ...seattle, target: { kind: 'percentile', value: 0 } }),
    ).toMatchObject({
      ok: false,
      error: { field: 'target', message: 'Target: must be at least 1' },
    })
    expect(dispatch(handlers, 'negotiate:offer', { ...seattle, currentLocation: 'Atlantis' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-location', field: 'currentLocation' },
    })
  })
})

describe('negotiateOffer with a state code or a city in the second state of a metro', () => {
  it.each([
    ['NY', 'NY'],
    ['Kansas City, KS', 'KS'],
    ['Texarkana, AR', 'AR'],
  ])('%s computes take-home in %s', (location, state) => {
    const r = negotiate({ ...seattle, location })
    expect(r.current.takeHome).toBeCloseTo(
      computeTax({ year: 2025, filing: 'single', state, wages: 150_000, k401: 0 }).takeHome,
      2,
    )
  })
})

describe("Worth's default ask: the market for the person's level, a credible step, a stretch apart", () => {
  const engineer = (location: string, base: number, years?: number) =>
    negotiate({ title: 'Software Engineer', location, base, ...(years === undefined ? {} : { years }) })

  it('a $175,000 Seattle offer with 5 years: an ask 5-15% above it from Level II pay, the stretch apart', () => {
    const r = engineer('Seattle, WA', 175_000, 5)
    expect(r.estimate.market.levels).toEqual([117_749, 149_240, 180_710, 212_202])
    expect(r.reference).toMatchObject({ kind: 'level', level: 2, years: 5, wage: 149_240, published: true })
    expect(r.target).toMatchObject({ kind: 'level', value: 85, explicit: false })
    expect(r.ask).toMatchObject({ base: 186_350, from: 'level', adjusted: null, raisePercent: 6.5 })
    expect(r.ask.high).toBe(195_700)
    expect(r.ask.sentence).toContain('DOL wage Level II (qualified; 3-5 years)')
    expect(r.warnings).toEqual([])
    expect(r.stretch).toMatchObject({ base: 212_250, raisePercent: 21.3 })
    expect(r.stretch!.sentence).toContain('The risk:')
    // One set of numbers: the headline, the quoted range, tips, scripts and trade-offs all use $186,350.
    expect(r.ask.sentence).toContain('Quote $186,350 to $195,700')
    expect(r.tips.find((t) => t.id === 'bolstering-range')!.text).toContain('"$186,350 to $195,700"')
    expect(r.tips.find((t) => t.id === 'near-median')!.text).toContain('A counter to $186,350, 6.5% more')
    for (const d of r.scripts) {
      expect(d.body).toContain('$186,350')
      expect(d.body).not.toContain('$212,250')
    }
    for (const d of r.scripts.filter((x) => x.tone !== 'brief'))
      expect(d.body).toContain('$186,350 to $195,700')
    expect(r.tradeoffs[0]!.amount).toBe(11_350)
    const everything = JSON.stringify({ tips: r.tips, scripts: r.scripts, ask: r.ask.sentence })
    expect(everything).not.toContain('$232,850')
  })

  it('moves with experience: 1 year keeps base and asks for other terms, 12 years asks more (capped at 20%)', () => {
    const one = engineer('Seattle, WA', 175_000, 1)
    const five = engineer('Seattle, WA', 175_000, 5)
    const twelve = engineer('Seattle, WA', 175_000, 12)
    expect(one.ask).toMatchObject({ from: 'terms', base: 175_000, raise: 0 })
    expect(one.otherTerms!.value).toBe(8_750)
    expect(twelve.ask).toMatchObject({ from: 'level', base: 209_850, adjusted: 'cap', raisePercent: 19.9 })
    expect(twelve.reference).toMatchObject({ level: 4, wage: 212_202 })
    expect(twelve.stretch!.base).toBeGreaterThan(250_000)
    expect(one.ask.base).toBeLessThan(five.ask.base)
    expect(five.ask.base).toBeLessThan(twelve.ask.base)
    for (const r of [one, five, twelve]) {
      expect(r.ask.base).toBeLessThanOrEqual(175_000 * 1.2)
      expect(r.warnings.map((w) => w.id)).not.toContain('ask-far-above-offer')
    }
  })

  it('without years, says so and uses the whole market, still within 20%', () => {
    const r = engineer('Seattle, WA', 175_000)
    expect(r.reference.kind).toBe('market')
    expect(r.notes[0]).toContain('No years of experience given, so Worth uses the whole market')
    expect(r.ask).toMatchObject({ base: 209_850, from: 'market', adjusted: 'cap' })
    expect(r.stretch!.base).toBe(preciseFigure(r.estimate.market.p90))
  })

  it('Austin: a $175,000 offer above Level IV meets the target; other terms, not a token raise', () => {
    const r = engineer('Austin, TX', 175_000, 5)
    expect(r.estimate.prevailingWage.level).toBe('IV')
    expect(r.ask.from).toBe('terms')
    expect(r.ask.sentence).toContain('Keep the base at $175,000')
    expect(r.tips.map((t) => t.id)).not.toContain('precise-number')
    // Austin with 8 years and $130,000: Level III pay supports a step, 5-20% above the offer.
    const mid = engineer('Austin, TX', 130_000, 8)
    expect(mid.ask.from).toBe('level')
    expect(mid.ask.raisePercent).toBeGreaterThanOrEqual(5)
    expect(mid.ask.raisePercent).toBeLessThanOrEqual(20)
  })

  it('Cleveland: an offer below DOL Level I asks for at least Level I and says why', () => {
    const r = engineer('Cleveland, OH', 60_000, 1)
    expect(r.estimate.market.levels![0]).toBe(72_883)
    expect(r.estimate.prevailingWage.level).toBe('below I')
    expect(r.ask).toMatchObject({ base: 72_900, adjusted: 'level-one', from: 'level' })
    expect(r.ask.raisePercent).toBeGreaterThan(20)
    expect(r.warnings.map((w) => w.id)).toEqual(['offer-below-level-one'])
    expect(r.warnings[0]!.text).toContain('below DOL prevailing wage Level I')
  })
})

describe('negotiateOffer fixes from QA', () => {
  const all = (r: ReturnType<typeof negotiate>) =>
    [
      r.estimate.percentile.sentence,
      r.ask.sentence,
      ...r.warnings.map((w) => w.text),
      ...r.tips.map((t) => t.text),
      ...r.scripts.map((s) => s.body),
      ...r.notes,
    ].join('\n')

  it('a typed ask below the offered base is not pitched as a counter: tips and scripts use the market ask', () => {
    const r = negotiate({ ...seattle, ask: 140_000 })
    expect(r.ask).toMatchObject({ base: 140_000, from: 'user' })
    expect(r.warnings.map((w) => w.id)).toContain('ask-below-offer')
    expect(r.ask.sentence).toContain(
      'That is below the offer, so it is no counter: ask for at least $150,000.',
    )
    const text = [...r.tips.map((t) => t.text), ...r.scripts.map((s) => s.body)].join('\n')
    expect(text).not.toContain('$140,000')
    expect(text).not.toContain('$140,150')
    expect(text).not.toMatch(/28th percentile/)
    expect(r.tips.find((t) => t.id === 'asking-works')!.text).toContain('Countering with $232,850')
    expect(r.scripts[1]!.body).toContain('I am asking for a base of $232,850 (range $232,850 to $270,200)')
    expect(r.notes).toContain(
      "Your ask of $140,000 is below the offered base of $150,000, so it is not a counter: the tips and scripts use Worth's own ask instead, $232,850 (the 75th percentile; quote $232,850 to $270,200). To use your own figure, make your ask at least the offer.",
    )
  })

  it('the headline sentence quotes ask to high, as the range tip and scripts do, and names low as the floor', () => {
    const r = negotiate(seattle)
    expect(r.ask).toMatchObject({ base: 232_850, low: 207_750, high: 270_200 })
    expect(r.ask.sentence).toContain(
      'Quote $232,850 to $270,200; below $207,750, turn to sign-on, equity or bonus.',
    )
    expect(r.ask.sentence).not.toContain('Range:')
    expect(r.tips.find((t) => t.id === 'bolstering-range')!.text).toContain('"$232,850 to $270,200"')
  })

  it('warns when the alternative pays more than the ask, with the base that would match it', () => {
    const r = negotiate({ ...seattle, alternative: 300_000 })
    const w = r.warnings.find((x) => x.id === 'alternative-above-ask')
    expect(w?.text).toBe(
      'Your other offer pays $300,000 a year, $67,150 more than this one would even at your ask (a total of $232,850: base $232,850 plus bonus, stock and a quarter of the sign-on). A base of $300,150 would match it; ask for that, or for the difference in sign-on, equity or bonus.',
    )
    expect(r.tips.find((t) => t.id === 'competing-offer-higher')!.text).toContain(
      'It pays $67,150 more than this offer would even at your ask ($232,850 a year); a base of $300,150 would match it.',
    )
    const below = negotiate({ ...seattle, alternative: 200_000 })
    expect(below.warnings.map((x) => x.id)).not.toContain('alternative-above-ask')
    expect(below.tips.find((t) => t.id === 'competing-offer-higher')!.text).not.toContain('would match it')
  })

  it('explains a missing take-home for a metro across states, and what to type', () => {
    const r = negotiate({ ...seattle, location: 'Kansas City' })
    expect(r.current.takeHome).toBeNull()
    expect(r.notes).toContain(
      'Take-home pay is not shown: it depends on the state\'s taxes, and Worth cannot tell which state "Kansas City" is in. To see it, say which state, e.g. "Kansas City, MO" or "Kansas City, KS".',
    )
  })

  it('never puts "at", "about" or "near" before "above the 99th" or "below the 1st" percentile', () => {
    for (const input of [
      { ...seattle, base: 9_000_000, years: 20 },
      { ...seattle, base: 5_000, years: 20 },
      { ...seattle, base: 5_000, ask: 9_000_000 },
      { ...seattle, target: { kind: 'percentile' as const, value: 99 } },
    ]) {
      const text = all(negotiate(input))
      expect(text).not.toMatch(/\b(at|about|near) (above|below) the/)
      expect(text).not.toMatch(/at the (0th|100th)/)
    }
    expect(negotiate({ ...seattle, base: 9_000_000 }).estimate.percentile.sentence).toMatch(
      /is above the 99th percentile/,
    )
  })
})
