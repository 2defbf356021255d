import { describe, expect, it } from 'vitest'
import { EstimateInputSchema } from '../../shared/contract'
import { WorthFailure } from '../errors'
import { realDataset } from '../testing/realDataset'
import { estimateOffer, offerSummary } from './estimateOffer'
import { levelForYears } from './experience'

const d = realDataset()
const estimate = (input: Record<string, unknown>) => estimateOffer(d, EstimateInputSchema.parse(input))

describe('estimateOffer', () => {
  it('names the sources behind its figures once each, in the order of the dataset list', () => {
    const ids = (input: Record<string, unknown>) => estimate(input).sources.map((s) => s.id)
    const order = d.sources.map((s) => s.id)
    const inOrder = (list: string[]) => [...list].sort((a, b) => order.indexOf(a) - order.indexOf(b))
    // A metro: OFLC levels on the BLS shape, O*NET's listing of the title, the CBSA delineation that read the city.
    const metro = ids({ title: 'Software Engineer', location: 'Seattle, WA', base: 150000 })
    expect(new Set(metro)).toEqual(new Set(['dol-oflc', 'bls-oews', 'onet', 'census-cbsa']))
    expect(metro).toEqual(inOrder(metro))
    // The nation: BLS figures only, named once although both the market and the title match name them.
    expect(ids({ title: 'Registered Nurse', location: 'United States', base: 90000 })).toEqual(['bls-oews'])
    // A survey profile adds its own source.
    const profiled = ids({ title: 'Backend Architect', location: 'Austin, TX', base: 150000 })
    expect(profiled.length).toBeGreaterThan(3)
    expect(new Set(profiled).size).toBe(profiled.length)
    expect(profiled).toEqual(inOrder(profiled))
  })

  it('places a national offer at the published median at the 50th percentile', () => {
    const r = estimate({ title: 'Software Developers', location: 'United States', base: 133080 })
    expect(r.market).toMatchObject({
      scope: 'national',
      p10: 79850,
      p25: 103050,
      p50: 133080,
      p75: 169000,
      p90: 211450,
    })
    expect(r.percentile.base).toBe(50)
    expect(r.percentile.sentence).toBe(
      'Your base of $133,080 is at the 50th percentile for Software Developers in the United States',
    )
    expect(r.market.status.p50).toBe('published')
  })

  it('models an area through OFLC Level I (17th) and Level IV (67th) within 0.5%', () => {
    const r = estimate({ title: 'Software Engineer', location: 'Seattle, WA', base: 117749 })
    expect(r.market.scope).toBe('area')
    expect(r.market.levels).toEqual([117749, 149240, 180710, 212202])
    expect(Math.abs(r.percentile.base - 17)).toBeLessThan(0.1)
    const atLevelFour = estimate({ title: 'Software Engineer', location: 'Seattle, WA', base: 212202 })
    expect(Math.abs(atLevelFour.percentile.base - 67)).toBeLessThan(0.1)
    expect(r.market.status.p50).toBe('modelled')
    expect(r.notes.join(' ')).toMatch(/modelled/)
  })

  it('calibrates every area of several occupations to Level I and IV within 0.5%', () => {
    const socs = ['15-1252', '29-1141', '53-3032', '25-2021', '11-1011', '27-2011']
    let checked = 0
    for (const soc of socs) {
      for (const area of d.areas) {
        const levels = d.areaLevels(soc, area.code)
        if (!levels) continue
        for (const [wage, p] of [
          [levels[0], 17],
          [levels[3], 67],
        ] as const) {
          const r = estimate({ title: '', soc, location: '', areaCode: area.code, base: wage })
          const q = r.market.curve.length ? r.percentile.base : NaN
          expect(Math.abs(q - p), `${soc} in ${area.name}`).toBeLessThan(0.1)
        }
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(2500)
  }, 60_000)

  it('says so when an area has no figures and falls back to national', () => {
    // OFLC prints zeros for airline pilots in Atlanta.
    const r = estimate({ title: 'Airline Pilot', location: 'Atlanta, GA', base: 200000 })
    expect(r.market.scope).toBe('national')
    expect(r.market.fallback).toMatch(/no figures .* Atlanta/)
  })

  it('uses national figures for a state, and says why', () => {
    const r = estimate({ title: 'Registered Nurse', location: 'Texas', base: 90000 })
    expect(r.market.scope).toBe('national')
    expect(r.market.fallback).toMatch(/no statewide/)
  })

  it('shows top-coded percentiles as top-coded, above the top code', () => {
    const r = estimate({ title: 'Chief Executives', location: 'United States', base: 250000 })
    expect(r.market.status.p90).toBe('top-coded')
    expect(r.market.p90).toBeGreaterThan(239200)
    expect(r.market.topCode).toBe(239200)
    expect(r.notes.join(' ')).toContain('$239,200 or more')
  })

  it('totals base, bonus, stock per year and a quarter of the sign-on', () => {
    expect(offerSummary({ base: 150000, bonus: 15000, stock: 40000, signon: 20000 })).toMatchObject({
      signonPerYear: 5000,
      total: 210000,
    })
  })

  it('maps years to DOL levels without changing the market', () => {
    expect([0, 2, 3, 5, 6, 10, 11, 30].map(levelForYears)).toEqual([1, 1, 2, 2, 3, 3, 4, 4])
    const junior = estimate({ title: 'Software Engineer', location: 'Seattle, WA', years: 1, base: 150000 })
    const senior = estimate({ title: 'Software Engineer', location: 'Seattle, WA', years: 12, base: 150000 })
    expect(junior.market.p50).toBe(senior.market.p50)
    expect(junior.percentile.base).toBe(senior.percentile.base)
    expect(junior.experience).toMatchObject({ level: 1, wage: 117749 })
    expect(senior.experience).toMatchObject({ level: 4, wage: 212202 })
    expect(senior.experience!.sentence).toContain('$62,202 below')
  })

  it('uses a runner-up occupation when the user picks it', () => {
    const r = estimate({ title: 'Data Engineer', soc: '15-1243', location: 'Austin, TX', base: 140000 })
    expect(r.role.soc).toBe('15-1243')
    expect(r.market.occupation).toBe('Database Architects')
    expect(r.role.alternatives.map((a) => a.soc)).not.toContain('15-1243')
  })

  it('refuses unknown and ambiguous input with a message naming the field', () => {
    const failure = (input: Record<string, unknown>) => {
      try {
        estimate(input)
      } catch (e) {
        return (e as WorthFailure).error
      }
      throw new Error('expected a failure')
    }
    expect(failure({ title: 'xyzzy', location: 'Seattle, WA', base: 1 })).toMatchObject({
      code: 'unknown-title',
      field: 'title',
    })
    expect(failure({ title: 'Nurse', location: 'Atlantis', base: 1 })).toMatchObject({
      code: 'unknown-location',
      field: 'location',
    })
    const ambiguous = failure({ title: 'Nurse', location: 'Austin', base: 1 })
    expect(ambiguous).toMatchObject({ code: 'ambiguous-location', field: 'location' })
    expect(ambiguous.suggestions!.join(' ')).toContain('Austin, TX')
    expect(failure({ title: '', location: 'Seattle, WA', base: 1 })).toMatchObject({ field: 'title' })
  })

  it('draws a curve with no NaN, even for extreme offers', () => {
    for (const base of [1, 20000, 10_000_000]) {
      const r = estimate({ title: 'Registered Nurse', location: 'Cleveland, OH', base })
      expect(r.market.curve.length).toBe(120)
      for (const p of r.market.curve) {
        expect(Number.isFinite(p.wage) && Number.isFinite(p.density)).toBe(true)
      }
      expect(Number.isFinite(r.percentile.base)).toBe(true)
    }
    expect(
      estimate({ title: 'Registered Nurse', location: 'Cleveland, OH', base: 1 }).percentile.sentence,
    ).toContain('below the 1st percentile')
  })
})

describe('an offer for the survey role', () => {
  it('compares base with the nearest occupation and total with the survey', () => {
    const r = estimate({
      title: 'Backend Architect',
      location: 'United States',
      base: 133080,
      bonus: 20000,
      stock: 30000,
    })
    expect(r.role.soc).toBe('15-1252')
    expect(r.percentile.base).toBe(50)
    expect(r.survey).not.toBeNull()
    // Total 183,080 is above the survey's P90 of total pay ($139,901).
    expect(r.survey!.totalPercentile).toBeGreaterThan(90)
    expect(r.survey!.sentence).toContain('2025 salary survey (reported)')
    const median = estimate({ title: 'Backend Architect', location: 'United States', base: 93599 })
    expect(median.survey!.totalPercentile).toBe(50)
    expect(estimate({ title: 'Software Engineer', location: 'United States', base: 1 }).survey).toBeNull()
  })
})

describe('the prevailing-wage level of an offer (DOL OFLC)', () => {
  const dataset = realDataset()
  const level = (location: string, base: number, title = 'Software Engineer') =>
    estimateOffer(dataset, EstimateInputSchema.parse({ title, location, base })).prevailingWage

  it('names the highest level the base meets in the area, with the four levels and the source', () => {
    const seattle = level('Seattle, WA', 175_000)
    expect(seattle).toMatchObject({
      level: 'II',
      levels: { I: 117_749, II: 149_240, III: 180_710, IV: 212_202 },
      area: 'Seattle-Tacoma-Bellevue, WA',
      source: 'DOL OFLC prevailing wage levels, wage year July 2025 - June 2026',
    })
    expect(seattle.sentence).toContain(
      'meets prevailing wage Level II (qualified, $149,240) but not Level III ($180,710)',
    )
    expect(level('Seattle, WA', 180_710).level).toBe('III')
    expect(level('Seattle, WA', 180_709).level).toBe('II')
    expect(level('Austin, TX', 175_000)).toMatchObject({ level: 'IV', levels: { IV: 163_550 } })
    const cleveland = level('Cleveland, OH', 70_000)
    expect(cleveland).toMatchObject({ level: 'below I', levels: { I: 72_883 } })
    expect(cleveland.sentence).toContain('below prevailing wage Level I ($72,883)')
  })

  it('says so where OFLC has no wage for the place', () => {
    const national = level('United States', 175_000)
    expect(national).toMatchObject({ level: null, levels: null, area: 'the United States' })
    expect(national.sentence).toContain('choose a city')
    const state = level('Texas', 175_000)
    expect(state.level).toBeNull()
    expect(state.sentence).toContain('not for a whole state')
  })
})

describe('a salary-survey percentile carries the survey caveats', () => {
  it('Backend Architect: the total-pay percentile comes with what the survey measures and its contradictions', () => {
    const r = estimateOffer(
      realDataset(),
      EstimateInputSchema.parse({ title: 'Backend Architect', location: 'United States', base: 150_000 }),
    )
    expect(r.survey!.caveats[0]).toContain('They measure different things')
    expect(r.survey!.caveats).toEqual(
      expect.arrayContaining([expect.stringContaining('is below its own average base salary')]),
    )
  })
})
