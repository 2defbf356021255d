import { describe, expect, it } from 'vitest'
import { createHandlers } from '../app/handlers'
import { realDataset } from '../testing/realDataset'
import { buildLocationIndex, placeKey, REMOTE_MESSAGE } from './locationIndex'
import { editDistance } from './spelling'

const { locations } = realDataset()
const codes = (q: string) => locations.resolve(q).map((m) => m.areaCode)

describe('place keys', () => {
  it.each([
    ['Seattle, WA', 'seattle wa'],
    ['  St. Louis,MO ', 'st louis mo'],
    ['Saint Paul', 'st paul'],
    ['Ste. Genevieve', 'st genevieve'],
    ['Sainte Marie', 'sainte marie'],
    ['saint_paul', 'saint paul'],
    ['ste_x ste', 'ste x st'],
    ['Cañon City, CO', 'canon city co'],
    ['SAINT-ÉTIENNE', 'st etienne'],
    // An accent late in the text: the one pass hands the whole text to the regular expressions.
    ['Saint Paul, Mayagüez', 'st paul mayaguez'],
    ['Ste Marie 😀', 'st marie'],
    ['--', ''],
  ])('%j -> %j', (text, key) => {
    expect(placeKey(text)).toBe(key)
  })
})

describe('resolving places to OEWS areas', () => {
  it.each([
    ['Seattle, WA', '42660'],
    ['Bellevue, WA', '42660'],
    ['Seattle WA', '42660'],
    ['Cambridge, MA', '14460'],
    ['Austin, TX', '12420'],
    ['Cleveland, OH', '17410'],
    ['San Francisco', '41860'],
    ['King County, WA', '42660'],
    ['Seattle-Tacoma-Bellevue, WA', '42660'],
    ['St. Louis, MO', '41180'],
  ])('%s -> %s', (query, code) => {
    expect(codes(query)).toEqual([code])
  })

  it('resolves the nation and states', () => {
    expect(locations.resolve('United States')[0]).toMatchObject({ areaCode: 'US', kind: 'national' })
    expect(locations.resolve('USA')[0]!.kind).toBe('national')
    expect(locations.resolve('Texas')).toEqual([expect.objectContaining({ areaCode: 'TX', kind: 'state' })])
    expect(locations.resolve('WA')).toEqual([expect.objectContaining({ areaCode: 'WA', kind: 'state' })])
  })

  it('asks which one when a name is shared', () => {
    expect(codes('Austin').sort()).toEqual(['12420', '2700004'])
    expect(codes('Portland').sort()).toEqual(['38860', '38900'])
    // "New York" is a state and a city.
    expect(codes('New York')).toEqual(['NY', '35620'])
  })

  it('finds nothing for a place it does not know, and suggests by prefix', () => {
    expect(locations.resolve('Atlantis')).toEqual([])
    expect(locations.resolve('   ')).toEqual([])
    expect(locations.suggest('sea').map((m) => m.label)).toContain('Seattle, WA')
  })

  it('looks up a picked code', () => {
    expect(locations.byCode('42660')!.areaName).toBe('Seattle-Tacoma-Bellevue, WA')
    expect(locations.byCode('TX')!.kind).toBe('state')
    expect(locations.byCode('00000')).toBeNull()
  })
})

describe('names shared by several places: biggest first (Census Vintage 2023 population)', () => {
  const labels = (q: string) => locations.resolve(q).map((m) => m.label)

  it.each([
    // Austin city, TX 979,882 vs Austin city, MN 26,171 (sub-ip-est2023-pop.csv).
    ['Austin', ['Austin, TX', 'Austin, MN']],
    // Portland city, OR 630,498 vs Portland city, ME 69,104.
    ['Portland', ['Portland, OR', 'Portland, ME']],
    // Arlington city, TX 398,431 first; Arlington, VA is a CDP that the place table does not count.
    ['Arlington', ['Arlington, TX', 'Arlington, VA']],
    // The borough (New York County, 1,597,451) before Manhattan city, KS (53,682).
    ['Manhattan', ['Manhattan, NY', 'Manhattan, KS']],
    // Raleigh-Cary (1,509,231) before Durham-Chapel Hill (608,879): the Triangle spans both metros.
    [
      'Research Triangle',
      ['Research Triangle (Raleigh-Cary), NC', 'Research Triangle (Durham-Chapel Hill), NC'],
    ],
  ])('%s', (query, expected) => {
    expect(labels(query)).toEqual(expected)
  })

  it('puts Columbus, OH first (2.2 million people in its metro; Columbus, GA-AL 330,000)', () => {
    const matches = locations.resolve('Columbus')
    expect(matches[0]).toMatchObject({ areaCode: '18140', areaName: 'Columbus, OH' })
    expect(matches.map((m) => m.areaCode)).toContain('17980')
  })

  it('offers the obvious winner first in the suggestion list (Down, Enter picks it)', () => {
    const search = createHandlers(realDataset())['locations:search']
    for (const [query, first] of [
      ['Austin', 'Austin, TX'],
      ['Portland', 'Portland, OR'],
      ['Manhattan', 'Manhattan, NY'],
    ] as const) {
      const reply = search({ query, limit: 8 }) as { matches: { label: string }[]; ambiguous: boolean }
      expect(reply.ambiguous).toBe(true)
      expect(reply.matches[0]!.label).toBe(first)
    }
    expect(locations.suggest('austi')[0]!.areaCode).toBe('12420')
    expect(locations.suggest('portl')[0]!.areaName).toBe('Portland-Vancouver-Hillsboro, OR-WA')
  })

  it('reads "DC" as the District and its metro, not the state fallback', () => {
    for (const q of ['DC', 'D.C.', 'Washington D.C.', 'District of Columbia']) {
      expect(locations.resolve(q)).toEqual([
        expect.objectContaining({ label: 'Washington, DC', areaCode: '47900', state: 'DC', kind: 'metro' }),
      ])
    }
    // A bare state code that is also an everyday name for a place elsewhere asks: Louisiana or Los Angeles.
    expect(labels('LA')).toEqual(['Louisiana', 'Los Angeles, CA'])
  })

  it('says how an everyday name was read', () => {
    expect(locations.resolve('NYC')[0]!.via).toBe(
      '"NYC" means New York City, NY, in New York-Newark-Jersey City, NY-NJ',
    )
    expect(locations.resolve('Brooklyn')[0]!.via).toContain('borough of New York City (Kings County)')
    expect(locations.resolve('Bay Area')[0]!.via).toBe(
      '"Bay Area": Worth uses San Francisco-Oakland-Fremont, CA',
    )
  })

  it('finds a picked label again (round trip)', () => {
    for (const q of ['Bay Area', 'NYC', 'Research Triangle', 'Twin Cities', 'DC', 'Hoboken']) {
      for (const m of locations.resolve(q)) {
        expect(locations.resolve(m.label).map((x) => x.areaCode)).toEqual([m.areaCode])
      }
    }
  })
})

describe('near spellings', () => {
  it.each([
    ['Seatle', 'Seattle, WA', '42660'],
    ['San Fransisco', 'San Francisco, CA', '41860'],
    ['Chicgo', 'Chicago, IL', '16980'],
    ['Pitsburgh', 'Pittsburgh, PA', '38300'],
    ['Seatle, WA', 'Seattle, WA', '42660'],
    ['Minneapolis Saint Pual', 'Twin Cities, MN', '33460'],
  ])('%s -> %s', (query, label, area) => {
    const matches = locations.resolve(query)
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ label, areaCode: area })
    expect(matches[0]!.via).toContain(`nearest spelling to "${query.replace(/, WA$/, '')}"`)
  })

  it('"Pittsburg" is a small Kansas city one letter from Pittsburgh: both, the bigger first', () => {
    // Pittsburgh city, PA 303,620; Pittsburg city, KS 20,504 (Census Vintage 2023).
    expect(locations.resolve('Pittsburg').map((m) => m.label)).toEqual(['Pittsburgh, PA', 'Pittsburg, KS'])
    expect(locations.resolve('Pittsburg, KS').map((m) => m.label)).toEqual(['Pittsburg, KS'])
  })

  it('reads the start of a real name as text still being typed, not as a slip', () => {
    expect(locations.resolve('New York C')).toEqual([])
    expect(locations.suggest('New York C').map((m) => m.label)).toContain('New York City, NY')
  })

  it('suggests names that start with the text before everyday names found through another wording', () => {
    // "San" finds "San Francisco Bay Area" (an alias of Bay Area, CA), but the San ... places come first.
    const labels = locations.suggest('San').map((m) => m.label)
    expect(labels[0]).toMatch(/^San /)
    expect(labels).not.toContain('Bay Area, CA')
  })

  it('never turns junk or short words into a place', () => {
    for (const q of ['qwertyuiop', 'Atlantis', 'the', 'a', 'xyz', 'Springfeld, ZZ']) {
      expect(locations.resolve(q)).toEqual([])
    }
  })

  it('counts insertions, deletions, substitutions and swaps as one edit', () => {
    expect(editDistance('seatle', 'seattle', 2)).toBe(1)
    expect(editDistance('seattle', 'setatle', 2)).toBe(1)
    expect(editDistance('boston', 'bostn', 2)).toBe(1)
    expect(editDistance('boston', 'austin', 1)).toBe(2)
  })
})

describe('"Remote"', () => {
  it("is no place: remote pay follows the employer, so Worth offers the United States or the employer's city", () => {
    expect(locations.resolve('Remote')).toEqual([])
    expect(locations.explain('remote')).toBe(REMOTE_MESSAGE)
    expect(REMOTE_MESSAGE).toMatch(/employer's market.*employer's city.*"United States"/)
    expect(locations.explain('Seattle')).toBeNull()
    const reply = createHandlers(realDataset())['locations:search']({ query: 'Remote', limit: 8 }) as {
      matches: { label: string }[]
      note?: string
    }
    expect(reply.matches[0]!.label).toBe('United States')
    expect(reply.note).toBe(REMOTE_MESSAGE)
  })
})

describe('hostile input', () => {
  it('finds nothing, without crashing, for object-property names and very long text', () => {
    for (const q of ['constructor', 'toString', 'hasOwnProperty', 'valueOf, CA', 'x'.repeat(10_000)]) {
      expect(locations.resolve(q)).toEqual([])
      expect(locations.explain(q)).toBeNull()
      expect(Array.isArray(locations.suggest(q))).toBe(true)
    }
    // "__proto__" reads as "proto", one letter from Provo, UT: a real place, never an object's prototype.
    for (const m of [...locations.resolve('__proto__'), ...locations.suggest('__proto__')])
      expect(m.areaCode).toMatch(/^(\d+|[A-Z]{2})$/)
    expect(locations.byCode('__proto__')).toBeNull()
  })
})

describe('a damaged alias row', () => {
  it('is skipped, not read through a prototype member', () => {
    const index = buildLocationIndex(
      [{ code: '42660', name: 'Seattle-Tacoma-Bellevue, WA', state: 'WA', kind: 'metro' }],
      {
        format: 3,
        states: [['WA', 'Washington']],
        places: [],
        areaPopulation: [],
        aliases: [
          ['Emerald City', 'Seattle', 'WA', '42660', 'constructor' as 'nickname', 'King County', 1],
          ['Jet City', 'Seattle', 'WA', '42660', 'nickname', 'King County', 1],
        ],
      },
    )
    expect(index.resolve('Emerald City')).toEqual([])
    expect(index.resolve('Jet City')[0]).toMatchObject({ areaCode: '42660', label: 'Seattle, WA' })
  })
})
