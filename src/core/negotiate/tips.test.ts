import { describe, expect, it } from 'vitest'
import { CITATIONS } from './citations'
import { chooseTips, compoundedRaise, TIP_RULES, type Situation } from './tips'

const ALWAYS = [
  'precise-number',
  'anchor-first',
  'bolstering-range',
  'asking-works',
  'asking-compounds',
  'negotiable',
]

/** A situation on which no situational rule fires: base between the median and P75, a sign-on, 15% stock. */
const neutral: Situation = {
  occupation: 'Software Developers',
  place: 'Seattle-Tacoma-Bellevue, WA',
  offer: { base: 200_000, bonus: 10_000, stock: 30_000, signon: 20_000, total: 245_000 },
  percentile: 65.2,
  market: { p50: 178_317, p75: 232_870 },
  ask: { base: 232_850, high: 265_350, raise: 32_850, from: 'level' },
  otherTerms: null,
  experience: { years: 5, level: 2, levelName: 'qualified', percentile: 33.5, wage: 149_240 },
  alternative: null,
  walkaway: null,
  remote: false,
  move: null,
}
const offer = (o: Partial<Situation['offer']>) => ({ ...neutral.offer, ...o })

/** Each hand-made situation, and exactly which situational rules must fire on it. */
const CASES: { name: string; situation: Situation; fires: string[] }[] = [
  { name: 'neutral', situation: neutral, fires: [] },
  { name: 'well below median', situation: { ...neutral, percentile: 33.9 }, fires: ['below-median'] },
  { name: 'just under 40', situation: { ...neutral, percentile: 39.9 }, fires: ['below-median'] },
  { name: 'at 40', situation: { ...neutral, percentile: 40 }, fires: ['near-median'] },
  { name: 'at the median', situation: { ...neutral, percentile: 50 }, fires: ['near-median'] },
  { name: 'at 60', situation: { ...neutral, percentile: 60 }, fires: ['near-median'] },
  { name: 'at P75', situation: { ...neutral, percentile: 75 }, fires: [] },
  { name: 'above P75', situation: { ...neutral, percentile: 82.4 }, fires: ['above-p75'] },
  { name: 'no sign-on', situation: { ...neutral, offer: offer({ signon: 0 }) }, fires: ['no-signon'] },
  { name: 'no stock', situation: { ...neutral, offer: offer({ stock: 0 }) }, fires: ['no-equity'] },
  {
    name: 'light stock',
    situation: { ...neutral, offer: offer({ stock: 12_000 }) },
    fires: ['light-equity'],
  },
  { name: 'stock at 10%', situation: { ...neutral, offer: offer({ stock: 20_000 }) }, fires: [] },
  {
    name: 'experience paid above the offer',
    situation: {
      ...neutral,
      experience: { years: 12, level: 4, levelName: 'fully competent', percentile: 73.1, wage: 212_202 },
    },
    fires: ['experience-above-pay'],
  },
  {
    name: 'experience level within 5 points',
    situation: {
      ...neutral,
      experience: { years: 12, level: 4, levelName: 'fully competent', percentile: 70, wage: 212_202 },
    },
    fires: [],
  },
  { name: 'no years given', situation: { ...neutral, experience: null }, fires: [] },
  {
    name: 'higher competing offer',
    situation: { ...neutral, alternative: 260_000 },
    fires: ['competing-offer-higher'],
  },
  {
    name: 'lower competing offer',
    situation: { ...neutral, alternative: 230_000 },
    fires: ['competing-offer-lower'],
  },
  {
    name: 'equal competing offer',
    situation: { ...neutral, alternative: 245_000 },
    fires: ['competing-offer-lower'],
  },
  { name: 'remote', situation: { ...neutral, remote: true }, fires: ['remote'] },
  {
    name: 'move to a dearer city',
    situation: { ...neutral, move: { from: 'Austin, TX', fromRpp: 97.62, toRpp: 112.99 } },
    fires: ['move-dearer'],
  },
  {
    name: 'move to a cheaper city',
    situation: { ...neutral, move: { from: 'San Jose, CA', fromRpp: 118.23, toRpp: 112.99 } },
    fires: ['move-cheaper'],
  },
  {
    name: 'move between similar prices',
    situation: { ...neutral, move: { from: 'Portland, OR', fromRpp: 111, toRpp: 112.99 } },
    fires: [],
  },
  { name: 'walk-away given', situation: { ...neutral, walkaway: 240_000 }, fires: ['walkaway-private'] },
  {
    name: 'base already meets the target',
    situation: {
      ...neutral,
      ask: { base: 200_000, high: 200_000, raise: 0, from: 'terms' },
      otherTerms: 10_150,
    },
    fires: ['other-terms'],
  },
]
/** With base kept as offered, the tips on how to pitch a base figure stay out; the rest still apply. */
const ALWAYS_FOR_TERMS = ['asking-works', 'negotiable']

const situational = TIP_RULES.map((r) => r.id).filter((id) => !ALWAYS.includes(id))

describe('tip rules', () => {
  it.each(CASES)('$name: fires exactly its rules', ({ situation, fires }) => {
    const fired = chooseTips(situation).map((t) => t.id)
    expect(fired.filter((id) => situational.includes(id)).sort()).toEqual([...fires].sort())
    expect(fired.filter((id) => ALWAYS.includes(id))).toEqual(
      situation.ask.from === 'terms' ? ALWAYS_FOR_TERMS : ALWAYS,
    )
  })

  it('covers every situational rule in the table', () => {
    const covered = new Set(CASES.flatMap((c) => c.fires))
    expect([...covered].sort()).toEqual([...situational].sort())
  })

  it('gives every rule a unique id and cites only known works', () => {
    expect(new Set(TIP_RULES.map((r) => r.id)).size).toBe(TIP_RULES.length)
    const known = new Set<string>(Object.values(CITATIONS).map((c) => c.short))
    for (const r of TIP_RULES) for (const c of r.cites) expect(known.has(c), `${r.id}: ${c}`).toBe(true)
  })

  it('cites the research behind the always-on tips', () => {
    const byId = Object.fromEntries(chooseTips(neutral).map((t) => [t.id, t.cites]))
    expect(byId['precise-number']).toEqual(['Mason, Lee, Wiley & Ames 2013'])
    expect(byId['anchor-first']).toEqual(['Galinsky & Mussweiler 2001'])
    expect(byId['bolstering-range']).toEqual(['Ames & Mason 2015'])
    expect(byId['asking-works']).toEqual(['Pew Research Center 2023', 'Marks & Harold 2011'])
    expect(byId['asking-compounds']).toEqual(['Babcock & Laschever 2003'])
    expect(byId['negotiable']).toEqual(['Leibbrandt & List 2015'])
  })

  it('drops the compounding tip when the ask is not a raise', () => {
    const ids = chooseTips({ ...neutral, ask: { ...neutral.ask, raise: -5_000 } }).map((t) => t.id)
    expect(ids).not.toContain('asking-compounds')
  })
})

describe('tip texts quote the numbers', () => {
  const textOf = (s: Situation, id: string) => chooseTips(s).find((t) => t.id === id)!.text

  it('states the gap to the median and the market figures', () => {
    const s = { ...neutral, offer: offer({ base: 150_000 }), percentile: 33.9 }
    expect(textOf(s, 'below-median')).toBe(
      "Your base of $150,000 is at the 34th percentile for Software Developers in Seattle-Tacoma-Bellevue, WA, $28,317 below the median of $178,317. Lead with that gap: it is the market's figure, not a wish.",
    )
    expect(textOf({ ...neutral, percentile: 50 }, 'near-median')).toContain(
      'A counter to $232,850, 16.4% more, is an ordinary step',
    )
    expect(textOf({ ...neutral, percentile: 80 }, 'above-p75')).toContain(
      'above the 75th percentile ($232,870)',
    )
  })

  it('says plainly that the equity thresholds are a rule of thumb', () => {
    expect(textOf({ ...neutral, offer: offer({ stock: 0 }) }, 'no-equity')).toContain(
      "Worth's rule of thumb, not a market figure",
    )
    const light = textOf({ ...neutral, offer: offer({ stock: 12_000 }) }, 'light-equity')
    expect(light).toContain('$12,000 a year is 6% of your base')
    expect(light).toContain('not measured data')
    expect(light).toContain('$20,000 a year')
  })

  it('quotes experience, competing offers, moves and the ask', () => {
    const exp = textOf(
      {
        ...neutral,
        experience: { years: 12, level: 4, levelName: 'fully competent', percentile: 73.1, wage: 212_202 },
      },
      'experience-above-pay',
    )
    expect(exp).toContain('Level IV (fully competent), paid about $212,202')
    expect(exp).toContain('near the 73rd percentile')
    expect(textOf({ ...neutral, alternative: 260_000 }, 'competing-offer-higher')).toContain(
      '$260,000 a year, $15,000 more than',
    )
    expect(textOf({ ...neutral, alternative: 230_000 }, 'competing-offer-lower')).toContain(
      'do not quote its figure',
    )
    const dearer = textOf(
      { ...neutral, move: { from: 'Austin, TX', fromRpp: 97.62, toRpp: 112.99 } },
      'move-dearer',
    )
    expect(dearer).toContain('15.7% higher than in Austin, TX')
    expect(dearer).toContain('$172,794')
    expect(textOf({ ...neutral, remote: true }, 'remote')).toContain('$232,850')
    expect(textOf(neutral, 'bolstering-range')).toContain('"$232,850 to $265,350"')
    expect(textOf(neutral, 'asking-compounds')).toContain(
      `$32,850 more a year now, with raises of 3% a year (Worth's assumption), adds up to about $376,588`,
    )
  })

  it('points to other terms, with the same sign-on figure, when base already meets the target', () => {
    const terms: Situation = {
      ...neutral,
      offer: offer({ signon: 0 }),
      ask: { base: 200_000, high: 200_000, raise: 0, from: 'terms' },
      otherTerms: 10_150,
    }
    expect(textOf(terms, 'other-terms')).toContain('Ask for a sign-on of $10,150')
    expect(textOf(terms, 'no-signon')).toContain('e.g. $10,150, the first-year value of a 5% raise')
    expect(textOf(terms, 'asking-works')).toContain('Countering with a sign-on of $10,150')
    expect(textOf(terms, 'negotiable')).toContain('a sign-on of $10,150 is the kind')
  })

  it('offers a precise alternative to a round ask', () => {
    const round = { ...neutral, ask: { ...neutral.ask, base: 230_000 } }
    expect(textOf(round, 'precise-number')).toContain(
      '$230,000 is a round number; a precise one such as $230,150',
    )
    expect(textOf(neutral, 'precise-number')).toContain('Name the precise figure, $232,850')
  })

  it('compounds a raise at 3% for 10 years', () => {
    expect(compoundedRaise(10_000)).toBe(114_639)
  })
})
