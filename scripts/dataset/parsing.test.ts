import { describe, expect, it } from 'vitest'
import { nationalCounterpart, readBlsNational, readPercentile } from './bls'
import { annualise, oflcUnit } from './oflc'
import {
  buildAliases,
  buildPlaces,
  censusPlaceName,
  placeKind,
  readPopulations,
  type PlaceAliasCsvRow,
} from './places'
import { costOfLiving, readMetroRpp, readStateRpp } from './rpp'
import { TitleCollector, toKnownSoc } from './titles'

describe('BLS special cells', () => {
  it('reads a plain annual figure as published', () => {
    expect(readPercentile('133080', '63.98')).toEqual({ value: 133080, status: 'published' })
  })
  it('reads "#" as top-coded with no number', () => {
    expect(readPercentile('#', '#')).toEqual({ value: null, status: 'top-coded' })
  })
  it('falls back to hourly x 2080 where the annual cell is "*"', () => {
    expect(readPercentile('*', '17.73')).toEqual({ value: 36878, status: 'from-hourly' })
  })
  it('reads "*" in both as missing', () => {
    expect(readPercentile('*', '*')).toEqual({ value: null, status: 'modelled' })
  })
  it('keeps only detailed occupations and finds the combined code for a detailed one', () => {
    const rows = [
      { OCC_CODE: '13-0000', O_GROUP: 'major', OCC_TITLE: 'Business', A_PCT10: '1' },
      {
        OCC_CODE: '13-1020',
        O_GROUP: 'detailed',
        OCC_TITLE: 'Buyers and Purchasing Agents',
        A_PCT10: '45000',
        ANNUAL: '',
      },
    ]
    const bls = readBlsNational(rows as Record<string, string>[])
    expect([...bls.keys()]).toEqual(['13-1020'])
    expect(nationalCounterpart('13-1021', bls, new Set(['13-1021', '13-1022']))!.soc).toBe('13-1020')
    expect(nationalCounterpart('45-3031', bls, new Set(['45-3031']))).toBeNull()
  })
})

describe('OFLC units', () => {
  const hourly = [{ area_id: '1', l1: 56.61, l2: 71.75, l3: 86.88, l4: 102.02 }]
  const annual = [{ area_id: '1', l1: 44810, l2: 48697, l3: 52583, l4: 56470 }]
  it('multiplies hourly figures by 2080 and leaves annual ones', () => {
    expect(oflcUnit('15-1252', hourly, false)).toBe('hourly')
    expect(annualise(56.61, 'hourly')).toBe(117749)
    expect(oflcUnit('25-2021', annual, true)).toBe('annual')
    expect(annualise(44810, 'annual')).toBe(44810)
  })
  it('treats zero and missing as no figure', () => {
    expect(annualise(0, 'hourly')).toBe(0)
    expect(annualise(null, 'annual')).toBe(0)
  })
  it('stops on a file that mixes hourly and annual figures', () => {
    expect(() => oflcUnit('99-9999', [...hourly, ...annual], false)).toThrow(/mixes/)
  })
})

describe('titles', () => {
  it('maps O*NET breakouts and SOC 2010 codes to the occupations OEWS publishes', () => {
    const known = new Set(['15-1252', '15-1299'])
    expect(toKnownSoc('15-1299.08', known)).toBe('15-1299')
    expect(toKnownSoc('15-1132', known)).toBe('15-1252')
    expect(toKnownSoc('15-1133.00', known)).toBe('15-1252')
    expect(toKnownSoc('99-0000', known)).toBeNull()
  })
  it('merges spellings of one title and prefers the official wording', () => {
    const c = new TitleCollector(new Map([['15-1252', 0]]))
    c.add('SOFTWARE ENGINEER', '15-1132', 100, 'h')
    c.add('Software Engineer', '15-1252.00', 40, 'o')
    c.add('Bogus', '11-1111', 5, 'h')
    expect(c.rows()).toEqual([['Software Engineer', [[0, 140, 'o']]]])
    expect(c.dropped).toBe(1)
  })
})

describe('places', () => {
  it('ties principal cities to their metro, and micro-area cities to the non-metro area of their county', () => {
    const geography = [
      {
        Area: '42660',
        AreaName: 'Seattle-Tacoma-Bellevue, WA',
        StateAb: 'WA',
        State: 'Washington',
        CountyTownName: 'King County',
      },
      {
        Area: '2700004',
        AreaName: 'Southeast Minnesota nonmetropolitan area',
        StateAb: 'MN',
        State: 'Minnesota',
        CountyTownName: 'Mower County',
      },
    ]
    const cities = [
      { 'CBSA Code': '42660', 'Principal City Name': 'Bellevue', 'FIPS State Code': '53' },
      { 'CBSA Code': '12380', 'Principal City Name': 'Austin', 'FIPS State Code': '27' },
    ]
    const counties = [
      {
        'CBSA Code': '42660',
        'County/County Equivalent': 'King County',
        'State Name': 'Washington',
        'FIPS State Code': '53',
        'Central/Outlying County': 'Central',
      },
      {
        'CBSA Code': '12380',
        'County/County Equivalent': 'Mower County',
        'State Name': 'Minnesota',
        'FIPS State Code': '27',
        'Central/Outlying County': 'Central',
      },
    ]
    const populations = readPopulations(
      [
        { NAME: 'Bellevue city', STUSAB: 'WA', POPESTIMATE2023: '151574' },
        { NAME: 'Austin city', STUSAB: 'MN', POPESTIMATE2023: '26171' },
      ],
      [
        {
          CBSA: '42660',
          NAME: 'Seattle-Tacoma-Bellevue, WA',
          POPESTIMATE2023: '4044837',
          LSAD: 'Metropolitan Statistical Area',
        },
        { CBSA: '42660', NAME: 'King County, WA', POPESTIMATE2023: '2269675', LSAD: 'County or equivalent' },
      ],
    )
    const out = buildPlaces(geography, cities, counties, new Set(['42660', '2700004']), populations)
    expect(out.places).toContainEqual(['Bellevue', 'WA', '42660', 'city', 151574])
    expect(out.places).toContainEqual(['Austin', 'MN', '2700004', 'city', 26171])
    expect(out.places).toContainEqual(['King County', 'WA', '42660', 'county', 2269675])
    expect(out.places).toContainEqual(['Mower County', 'MN', '2700004', 'county', 0])
    expect(out.unresolved).toEqual([])
    expect(placeKind('Hartford town')).toBe('town')

    const alias = (over: Partial<PlaceAliasCsvRow>): PlaceAliasCsvRow => ({
      alias: 'Redmond',
      name: 'Redmond',
      state: 'WA',
      kind: 'town',
      county: 'King County',
      cbsa: '42660',
      reason: 'test',
      ...over,
    })
    expect(buildAliases([alias({})], geography, counties, populations)).toEqual([
      ['Redmond', 'Redmond', 'WA', '42660', 'town', 'King County', 2269675],
    ])
    expect(
      buildAliases([alias({ alias: 'Eastside', kind: 'region' })], geography, counties, populations)[0]![6],
    ).toBe(4044837)
    expect(() => buildAliases([alias({ cbsa: '41860' })], geography, counties, populations)).toThrow(
      /King County, WA is in OEWS area 42660, not 41860/,
    )
    expect(() => buildAliases([alias({ county: 'Kings County' })], geography, counties, populations)).toThrow(
      /not in OFLC's county map/,
    )
    expect(() => buildAliases([alias({ kind: 'suburb' })], geography, counties, populations)).toThrow(/kind/)
    expect(() => buildAliases([alias({}), alias({})], geography, counties, populations)).toThrow(/twice/)
  })

  it('reads Census place names without their legal kind', () => {
    expect(censusPlaceName('Austin city')).toBe('Austin')
    expect(censusPlaceName('Nashville-Davidson metropolitan government (balance)')).toBe('Nashville-Davidson')
    expect(censusPlaceName('Urban Honolulu CDP')).toBe('Urban Honolulu')
    expect(censusPlaceName('Los Gatos town')).toBe('Los Gatos')
  })
})

describe('cost of living (BEA RPP 2023)', () => {
  it("uses the metro's RPP, follows recoded metros, and falls back to the state", () => {
    const metro = readMetroRpp([
      {
        GeoFIPS: '42660',
        GeoName: 'Seattle-Tacoma-Bellevue, WA (Metropolitan Statistical Area)',
        Description: 'RPPs: All items ',
        'RPP 2023': '112.99',
      },
      {
        GeoFIPS: '42660',
        GeoName: 'Seattle-Tacoma-Bellevue, WA (Metropolitan Statistical Area)',
        Description: ' RPPs: Goods',
        'RPP 2023': '105',
      },
      {
        GeoFIPS: '17460',
        GeoName: 'Cleveland-Elyria, OH (Metropolitan Statistical Area)',
        Description: 'RPPs: All items ',
        'RPP 2023': '91.5',
      },
    ])
    const states = readStateRpp(
      [
        { GeoName: 'Ohio', LineCode: '5', '2023': '91.2' },
        { GeoName: 'Ohio', LineCode: '1', '2023': '5000' },
        { GeoName: 'Montana', LineCode: '5', '2023': '94.1' },
      ],
      new Map([
        ['Ohio', 'OH'],
        ['Montana', 'MT'],
      ]),
    )
    const col = costOfLiving(
      [
        { code: '42660', state: 'WA', kind: 'metro' },
        { code: '17410', state: 'OH', kind: 'metro' },
        { code: '14580', state: 'MT', kind: 'metro' },
        { code: '3900001', state: 'OH', kind: 'nonmetro' },
        { code: '41980', state: 'PR', kind: 'metro' },
      ],
      metro,
      states,
    )
    expect(col.areas).toEqual({
      '42660': [112.99, 'metro', '42660'],
      '17410': [91.5, 'metro', '17460'],
      '14580': [94.1, 'state', 'MT'],
      '3900001': [91.2, 'state', 'OH'],
    })
  })
})
