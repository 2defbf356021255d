import { describe, expect, it } from 'vitest'
import type { LocationMatch } from '../../shared/types'
import { realDataset } from '../testing/realDataset'
import { localityOf, stateForPlace } from './stateForPlace'

const resolve = (text: string) => realDataset().locations.resolve(text)
const place = (text: string) => stateForPlace(text, resolve)

describe('stateForPlace with the real place index', () => {
  it.each([
    ['Seattle, WA', 'WA', null],
    ['Texas', 'TX', null],
    ['TX', 'TX', null],
    ['New York, NY', 'NY', 'nyc'],
    ['Kings County, NY', 'NY', 'nyc'],
    ['Brooklyn, NY', 'NY', 'nyc'],
    ['Yonkers, NY', 'NY', 'yonkers'],
    ['Philadelphia, PA', 'PA', 'philadelphia'],
    ['Philadelphia', 'PA', 'philadelphia'],
    ['Jersey City, NJ', 'NJ', null],
    ['Camden, NJ', 'NJ', null],
    ['Kansas City, MO', 'MO', 'mo-kansas-city'],
    ['Baltimore, MD', 'MD', 'md-baltimore-city'],
    ['Baltimore County, MD', 'MD', 'md-baltimore-county'],
    ['Towson, MD', 'MD', 'md-baltimore-county'],
    ['Dublin, OH', 'OH', 'oh-dublin'],
    ['Indianapolis, IN', 'IN', 'in-marion'],
    ['Portland, OR', 'OR', 'or-portland'],
    ['Washington, DC', 'DC', null],
    // Everyday names, through the same resolver as the estimate (placeAliases.csv).
    ['NYC', 'NY', 'nyc'],
    ['New York City', 'NY', 'nyc'],
    ['Manhattan, NY', 'NY', 'nyc'],
    ['Queens', 'NY', 'nyc'],
    ['The Bronx', 'NY', 'nyc'],
    ['Staten Island, NY', 'NY', 'nyc'],
    ['Long Island', 'NY', null],
    ['Philly', 'PA', 'philadelphia'],
    ['DC', 'DC', null],
    ['Washington D.C.', 'DC', null],
    ['District of Columbia', 'DC', null],
    ['Bay Area', 'CA', null],
    ['Silicon Valley', 'CA', null],
    ['Northern Virginia', 'VA', null],
    ['Bethesda', 'MD', 'md-montgomery'], // Bethesda is in Montgomery County (Maryland local rate tables)
    ['Hoboken', 'NJ', null],
    ['DFW', 'TX', null],
    ['Seatle', 'WA', null],
  ])('%s -> %s', (text, state, locality) => {
    expect(place(text)).toMatchObject({ ok: true, state, locality })
  })

  it("a city in a metro spanning states takes the city's state", () => {
    // Jersey City sits in the New York-Newark-Jersey City, NY-NJ area, but it is in New Jersey.
    expect(resolve('Jersey City, NJ')[0]!.areaName).toContain('NY-NJ')
    expect(place('Jersey City, NJ')).toMatchObject({ ok: true, state: 'NJ' })
  })

  it('a metro spanning states, given alone, asks which state', () => {
    const r = place('New York-Newark-Jersey City, NY-NJ')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/spans NY, NJ; say which state/)
    expect(place('Kansas City').ok).toBe(false)
  })

  it('a name shared by cities in different states asks which state', () => {
    const r = place('Portland')
    expect(r.ok).toBe(false)
    // Biggest first (Census 2023): Portland, OR has 630,498 people, Portland, ME 69,104.
    if (!r.ok) expect(r.message).toMatch(/could mean several places: Portland, OR .*; Portland, ME /)
  })

  it('"Manhattan" asks, the borough first, Manhattan, KS second', () => {
    const r = place('Manhattan')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.message).toMatch(
        /^Location "Manhattan" could mean several places: Manhattan, NY .*; Manhattan, KS\./,
      )
  })

  it('"New York" alone is the state, with a hint about the city', () => {
    const r = place('New York')
    expect(r).toMatchObject({ ok: true, state: 'NY', locality: null })
    if (r.ok) expect(r.note).toContain('"New York, NY"')
  })

  it.each([
    ['NY', 'NY'],
    ['CA', 'CA'],
    ['TX', 'TX'],
    ['PA', 'PA'],
    ['WA', 'WA'],
    ['DC', 'DC'],
  ])('a bare state code %s is the state', (text, state) => {
    expect(place(text)).toMatchObject({ ok: true, state, locality: null })
  })

  it('"NY" is the state, with the same hint about the city as "New York"', () => {
    const r = place('NY')
    expect(r).toMatchObject({ ok: true, state: 'NY', locality: null, label: 'New York' })
    if (r.ok)
      expect(r.note).toBe(
        'Read "NY" as the state; for the city\'s own tax, give the city and state, e.g. "New York, NY".',
      )
  })

  it.each([
    ['Kansas City, KS', 'KS', null],
    ['Kansas City, MO', 'MO', 'mo-kansas-city'],
    ['Texarkana, AR', 'AR', null],
    ['Texarkana, TX', 'TX', null],
    ['Kansas City, Kansas', 'KS', null],
  ])('a city in the named state of a cross-state metro: %s -> %s', (text, state, locality) => {
    expect(place(text)).toMatchObject({ ok: true, state, locality, label: text })
  })

  it('a metro spanning states suggests a city in each state', () => {
    const r = place('Kansas City')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('e.g. "Kansas City, MO" or "Kansas City, KS"')
  })

  it('an ambiguous name suggests a text other than the one typed', () => {
    const r = place('Washington')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/Add the state, e\.g\. "Washington, DC"\.$/)
  })

  it('explains that a remote job is taxed where the worker lives', () => {
    const r = place('Remote')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(/taxed where you live and work; give your state/)
  })

  it('gives the same state as the estimate for every everyday name', () => {
    // One resolver: the state tax uses is the state of the place the estimate picks.
    for (const text of ['NYC', 'Brooklyn, NY', 'Bay Area', 'DC', 'Twin Cities', 'Inland Empire', 'Redmond']) {
      const [match] = resolve(text)
      expect(place(text)).toMatchObject({ ok: true, state: match!.state })
    }
  })

  it('refuses the whole country, unknown places and empty text', () => {
    expect(place('United States').ok).toBe(false)
    expect(place('Atlantis').ok).toBe(false)
    expect(place('  ').ok).toBe(false)
  })
})

describe('stateForPlace rules (no dataset)', () => {
  const match = (m: Partial<LocationMatch>): LocationMatch => ({
    label: 'X',
    areaCode: '1',
    areaName: 'X, CA',
    kind: 'metro',
    via: 'test',
    ...m,
  })

  it('takes the state from a single-state area name', () => {
    const r = stateForPlace('Fresno', () => [
      match({ label: 'Fresno, CA', areaName: 'Fresno, CA', state: 'CA' }),
    ])
    expect(r).toMatchObject({ ok: true, state: 'CA' })
  })

  it('localityOf only names the cities Worth models', () => {
    expect(localityOf('New York, NY', 'NY')).toBe('nyc')
    expect(localityOf('Queens County, NY', 'NY')).toBe('nyc')
    expect(localityOf('Philadelphia County, PA', 'PA')).toBe('philadelphia')
    expect(localityOf('Pittsburgh, PA', 'PA')).toBe('pa-pittsburgh')
    expect(localityOf('Towson, MD', 'MD')).toBe('md-baltimore-county')
    expect(localityOf('Erie, PA', 'PA')).toBeNull()
    expect(localityOf('New York, NY', 'NJ')).toBeNull()
  })
})
