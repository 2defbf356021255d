import { describe, expect, it } from 'vitest'
import { InsightsInputSchema } from '../../shared/contract'
import { cachedMarkets } from '../estimate/market'
import { realDataset } from '../testing/realDataset'
import { buildInsights } from './buildInsights'

const d = realDataset()
const marketFor = cachedMarkets(d)
const insights = (title: string, location: string, extra: Record<string, unknown> = {}) =>
  buildInsights(d, InsightsInputSchema.parse({ title, location, ...extra }), marketFor)

describe('Backend Architect in the United States (the survey profile)', () => {
  const r = insights('Backend Architect', 'United States')

  it("shows the survey's own figures as reported", () => {
    expect(r.role).toMatchObject({ profile: 'survey', title: 'Backend Architect', soc: '15-1252' })
    expect(r.summary.totalPay).toEqual({ p10: 60008, p25: null, p50: 93599, p75: null, p90: 139901 })
    expect(r.summary.totalPayStatus).toBe('reported')
    expect(r.summary.base).toMatchObject({ low: 60000, high: 140000, average: 99955, status: 'reported' })
    expect(r.summary.additionalPay.value).toBe(25875)
    expect(r.summary.bonus).toMatchObject({ low: 17000, high: 23000 })
    expect(r.summary.stock).toMatchObject({ low: 22000, high: 43000 })
    expect(r.byExperience.map((e) => [e.band, e.median])).toEqual([
      ['0-2', 90000],
      ['3-5', 120000],
      ['6-10', 150000],
      ['10+', 180000],
    ])
  })

  it('lists its cities, including the ones it gives only as a range', () => {
    const city = (name: string) => r.byCity.find((c) => c.name === name)!
    expect(city('San Francisco').median).toBe(150000)
    expect(city('New York').median).toBe(140000)
    expect(city('Seattle').median).toBe(135000)
    for (const name of ['Boston', 'Los Angeles', 'Washington, DC'])
      expect(city(name)).toMatchObject({ median: null, low: 120000, high: 130000 })
    for (const name of ['Dallas', 'Chicago', 'Atlanta'])
      expect(city(name)).toMatchObject({ low: 105000, high: 115000 })
  })

  it('has its career path, skills and the nearest occupation with the reason', () => {
    expect(r.careerPath.map((c) => [c.title, c.years])).toEqual([
      ['Software Engineer', '0-2'],
      ['Senior Software Engineer', '3-5'],
      ['Lead Software Engineer', '5-8'],
      ['Principal Architect', '8+'],
    ])
    expect(r.about.skills).toContain('System Design')
    expect(r.role.nearest).toMatchObject({ soc: '15-1252', occupation: 'Software Developers' })
    expect(r.role.nearest!.why).toMatch(/title matcher/)
    expect(r.market).toMatchObject({ scope: 'national', p50: 133080 })
  })

  it('says where the survey contradicts itself', () => {
    const notes = r.notes.join('\n')
    expect(notes).toContain('median total pay ($93,599) is below its own average base salary ($99,955)')
    expect(notes).toMatch(
      /6-10 years \(\$150,000\) and 10\+ years \(\$180,000\) are above its own 90th percentile/,
    )
    expect(r.sources.map((s) => s.id)).toContain('survey-backend-architect-2025')
  })
})

describe('Backend Architect in Austin', () => {
  it('carries the survey there by a documented geographic factor', () => {
    const r = insights('Backend Architect', 'Austin, TX')
    const us = insights('Software Developers', 'United States')
    const austin = insights('Software Developers', 'Austin, TX')
    const factor = austin.market.p50 / us.market.p50
    expect(r.summary.totalPay.p50).toBe(Math.round(93599 * factor))
    expect(r.summary.totalPayStatus).toBe('modelled')
    expect(r.notes[0]).toContain(`geographic factor of ${factor.toFixed(3)}`)
    expect(r.byCity.find((c) => c.isUserPlace)).toMatchObject({ area: '12420', status: 'modelled' })
  })
})

describe('insights from BLS/OFLC data', () => {
  it('Software Developer in Seattle: modelled area percentiles, levels by experience, cities, ladder', () => {
    const r = insights('Software Developer', 'Seattle, WA')
    expect(r.role.profile).toBe('oews')
    expect(r.summary.totalPay.p50).toBeNull()
    expect(r.summary.bonus.status).toBe('no-data')
    expect(r.summary.base).toMatchObject({
      low: r.market.p10,
      high: r.market.p90,
      median: r.market.p50,
      status: 'modelled',
    })
    expect(r.byExperience.map((e) => e.median)).toEqual([117749, 149240, 180710, 212202])
    expect(r.byCity.find((c) => c.isUserPlace)!.area).toBe('42660')
    const medians = r.byCity.map((c) => c.median!)
    expect([...medians].sort((a, b) => b - a)).toEqual(medians)
    expect(r.careerPath.map((c) => c.title)).toEqual([
      'Associate Software Engineer',
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Software Engineer',
    ])
    expect(r.about.description).toMatch(/^Research, design, and develop/)
    expect(r.about.descriptionSource).toContain('O*NET')
    expect(r.relatedTitles.filter((t) => t.kind === 'occupation').map((t) => t.soc)).toContain('15-1243')
    expect(r.guidance.map((g) => g.id)).toEqual(['negotiate', 'remote', 'growth', 'raise', 'city'])
    expect(r.guidance[0]!.answer).toContain('$178,317')
    // Cost of living per city (BEA 2023 RPP) for the view's adjustment toggle.
    expect(r.byCity.find((c) => c.area === '42660')!.rpp).toBe(112.99)
    expect(r.sources.map((s) => s.id)).toContain('bea-rpp')
  })

  it('Registered Nurse in Cleveland: factors measured where the data allows, never invented', () => {
    const r = insights('Registered Nurse', 'Cleveland, OH')
    const factor = (name: string) => r.factors.find((f) => f.factor === name)!
    expect(factor('experience')).toMatchObject({ measured: true })
    expect(factor('experience').high! / factor('experience').low!).toBeGreaterThan(1)
    expect(factor('location').measured).toBe(true)
    for (const name of ['skills', 'education', 'company size'])
      expect(factor(name)).toMatchObject({ measured: false, low: null, high: null })
    expect(r.relatedTitles.some((t) => t.soc === '29-1171')).toBe(true)
    expect(r.careerPath).toEqual([])
  })

  it('falls back to national figures for a state and says so', () => {
    const r = insights('Registered Nurse', 'Ohio')
    expect(r.market.scope).toBe('national')
    expect(r.summary.base).toMatchObject({ median: 93600, average: 98430, status: 'published' })
    expect(r.notes[0]).toMatch(/no statewide/)
  })
})
