// Golden worked cases for the local taxes, each computed by hand from the official form or instructions cited in the
// data module (src/core/tax/localTaxes/*.ts).
import { describe, expect, it } from 'vitest'
import { computeTax } from './computeTax'
import { LOCAL_PLACES, LOCAL_TAXES } from './localTaxes'
import { clashingNames, localForPlace } from './localForPlace'
import { TaxInputError, type TaxInput } from './types'

const tax = (over: Partial<TaxInput> & { state: string }) =>
  computeTax({ year: 2025, filing: 'single', wages: 100_000, ...over })
const local = (over: Partial<TaxInput> & { state: string }) => tax(over).localTaxes

describe('Maryland counties (Form 502 line 28: local rate x Maryland taxable income, line 20)', () => {
  it('Baltimore City, single, $110,000', () => {
    // MD taxable: 110,000 - 3,350 standard - 1,600 exemption (halved above $100,000 of AGI) = 105,050.
    // 3.20% x 105,050 = 3,361.60.
    const r = tax({ state: 'MD', locality: 'md-baltimore-city', wages: 110_000 })
    expect(r.localTaxes).toEqual([{ name: 'Baltimore City income tax', amount: 3_361.6 }])
    expect(r.citations.find((c) => c.jurisdiction === 'Baltimore City')?.title).toContain(
      'local tax rate chart',
    )
  })

  it('Anne Arundel brackets, single, $110,000: 2.70% to $50,000, 2.94% above', () => {
    // 2.70% x 50,000 = 1,350; 2.94% x 55,050 = 1,618.47. 2,968.47.
    expect(local({ state: 'MD', locality: 'md-anne-arundel', wages: 110_000 })[0]!.amount).toBe(2_968.47)
  })

  it('Frederick brackets, single, $60,000', () => {
    // MD taxable: 60,000 - 3,350 - 3,200 = 53,450. 2.25% x 25,000 = 562.50; 2.75% x 25,000 = 687.50;
    // 2.96% x 3,450 = 102.12. 1,352.12.
    expect(local({ state: 'MD', locality: 'md-frederick', wages: 60_000 })[0]!.amount).toBe(1_352.12)
  })

  it('2026: the 2025 rate is carried forward and the result says so', () => {
    const r = tax({ state: 'MD', locality: 'md-baltimore-city', wages: 110_000, year: 2026 })
    expect(r.local).toBe(3_361.6)
    expect(r.notModelled).toContain(
      'Baltimore City income tax: 2026 figures were not at hand; the 2025 figures are used.',
    )
  })
})

describe('Ohio cities (resident rate on all wages, 401(k) deferrals included)', () => {
  it('Columbus, $90,000: 2.5% of wages even with a 401(k) deferral', () => {
    expect(local({ state: 'OH', locality: 'oh-columbus', wages: 90_000 })).toEqual([
      { name: 'Columbus municipal income tax', amount: 2_250 },
    ])
    expect(local({ state: 'OH', locality: 'oh-columbus', wages: 90_000, k401: 10_000 })[0]!.amount).toBe(
      2_250,
    )
  })

  it('a work city: its tax is paid and credited at home up to the home tax', () => {
    // Columbus resident working in Dublin (2.0%): Dublin 1,800; Columbus 2,250 - 1,800 = 450.
    const a = tax({ state: 'OH', locality: 'oh-columbus', workLocality: 'oh-dublin', wages: 90_000 })
    expect(a.localTaxes).toEqual([
      { name: 'Columbus municipal income tax', amount: 450 },
      { name: 'Dublin municipal income tax', amount: 1_800 },
    ])
    expect(a.notModelled.join(' ')).toContain('a full credit for the work place')
    // Dublin resident working in Columbus: Columbus 2,250; Dublin 1,800 fully credited.
    expect(
      tax({ state: 'OH', locality: 'oh-dublin', workLocality: 'oh-columbus', wages: 90_000 }).local,
    ).toBe(2_250)
  })
})

describe('Pennsylvania EIT and local services tax', () => {
  it('Pittsburgh, $150,000: 3% EIT (1% city + 2% school district) and the $52 LST', () => {
    expect(local({ state: 'PA', locality: 'pa-pittsburgh', wages: 150_000 })).toEqual([
      { name: 'Pittsburgh earned income tax', amount: 4_500 },
      { name: 'Pittsburgh local services tax', amount: 52 },
    ])
    // No LST below $12,000 of earnings.
    expect(tax({ state: 'PA', locality: 'pa-pittsburgh', wages: 11_000 }).local).toBe(330)
  })

  it('Act 32: a Pittsburgh resident working in Bethlehem pays the higher of the two rates in all', () => {
    // Bethlehem nonresident 1% = 1,500, credited against Pittsburgh's 4,500; no Pittsburgh LST (works elsewhere).
    const r = tax({ state: 'PA', locality: 'pa-pittsburgh', workLocality: 'pa-bethlehem', wages: 150_000 })
    expect(r.local).toBe(4_500)
    expect(r.localTaxes.map((l) => l.name)).not.toContain('Pittsburgh local services tax')
  })
})

describe('Michigan cities (City Income Tax Act: rate x (wages - exemptions))', () => {
  it('Detroit, $60,000', () => {
    // (60,000 - 600) x 2.4% = 1,425.60; joint (two exemptions): 58,800 x 2.4% = 1,411.20.
    expect(tax({ state: 'MI', locality: 'mi-detroit', wages: 60_000 }).local).toBe(1_425.6)
    expect(tax({ state: 'MI', locality: 'mi-detroit', wages: 60_000, filing: 'joint' }).local).toBe(1_411.2)
    // Working in Detroit without living there: 1.2% -> 712.80.
    expect(tax({ state: 'MI', locality: 'mi-detroit', wages: 60_000, localResident: false }).local).toBe(
      712.8,
    )
  })
})

describe('Kentucky, Missouri, Delaware, Alabama, Colorado', () => {
  it('Louisville: 2.2% for residents, 1.45% for people who only work there', () => {
    expect(tax({ state: 'KY', locality: 'ky-louisville', wages: 80_000 }).local).toBe(1_760)
    expect(tax({ state: 'KY', locality: 'ky-louisville', wages: 80_000, localResident: false }).local).toBe(
      1_160,
    )
    // Living in Louisville, working in Lexington: Lexington's 2.25% only (Kentucky taxes where the work is).
    expect(
      local({ state: 'KY', locality: 'ky-louisville', workLocality: 'ky-lexington', wages: 80_000 }),
    ).toEqual([{ name: 'Lexington-Fayette occupational license fee', amount: 1_800 }])
  })

  it('Kansas City, Wilmington, Birmingham: flat shares of wages', () => {
    expect(tax({ state: 'MO', locality: 'mo-kansas-city' }).local).toBe(1_000)
    expect(tax({ state: 'DE', locality: 'de-wilmington', wages: 70_000 }).local).toBe(875)
    expect(tax({ state: 'AL', locality: 'al-birmingham', wages: 70_000 }).local).toBe(700)
  })

  it('Denver and Aurora occupational privilege taxes: $5.75 and $2 a month', () => {
    expect(tax({ state: 'CO', locality: 'co-denver', wages: 120_000 }).local).toBe(69)
    expect(tax({ state: 'CO', locality: 'co-aurora', wages: 120_000 }).local).toBe(24)
    // Below $500 a month: nothing.
    expect(tax({ state: 'CO', locality: 'co-denver', wages: 5_000 }).local).toBe(0)
  })
})

describe('Indiana counties (Schedule CT-40: rate x (Indiana AGI - exemptions))', () => {
  it('Marion County (Indianapolis), single, $80,000', () => {
    // (80,000 - 1,000) x 2.02% = 1,595.80.
    expect(local({ state: 'IN', locality: 'in-marion', wages: 80_000 })).toEqual([
      { name: 'Marion County income tax', amount: 1_595.8 },
    ])
  })
})

describe('Portland, Oregon (on Oregon taxable income)', () => {
  it('single, $200,000: Metro SHS, Multnomah PFA and the Arts Tax', () => {
    // OR taxable: 200,000 - 2,835 (federal tax subtraction capped at 0 above $145,000) = 197,165.
    // SHS 1% x 72,165 = 721.65; PFA 1.5% x 72,165 = 1,082.475 -> 1,082.48; Arts Tax 35. 1,839.13.
    const r = tax({ state: 'OR', locality: 'or-portland', wages: 200_000 })
    expect(r.localTaxes).toEqual([
      { name: 'Metro supportive housing services tax', amount: 721.65 },
      { name: 'Multnomah County preschool for all tax', amount: 1_082.48 },
      { name: 'Portland Arts Tax', amount: 35 },
    ])
    expect(r.local).toBe(1_839.13)
  })

  it('single, $300,000: the second PFA tier above $250,000', () => {
    // OR taxable 297,165. PFA: 1.5% x 125,000 = 1,875 + 3% x 47,165 = 1,414.95 -> 3,289.95.
    expect(local({ state: 'OR', locality: 'or-portland', wages: 300_000 })[1]!.amount).toBe(3_289.95)
    // Beaverton: Metro only. 1% x 172,165 = 1,721.65.
    expect(local({ state: 'OR', locality: 'or-beaverton', wages: 300_000 })).toEqual([
      { name: 'Metro supportive housing services tax', amount: 1_721.65 },
    ])
  })
})

describe('New York City school tax credits (IT-201 lines 69 and 69a)', () => {
  it('none above $250,000 of AGI (fixed) and $500,000 of taxable income (rate reduction)', () => {
    // NY taxable 592,000: NYC schedule 369.36 + 489.06 + 954.75 + 3.876% x 542,000 (21,007.92) = 22,821.09.
    expect(tax({ state: 'NY', locality: 'nyc', wages: 600_000 }).local).toBe(22_821.09)
  })
})

describe('California exemption credit phase-out (Form 540 line 32 worksheet)', () => {
  it('single, $300,000: the $153 credit falls by $6 for each $2,500 (or part) above $252,203', () => {
    // Taxable 294,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 9.3% x 221,570 (20,606.01) = 23,807.98.
    // (300,000 - 252,203) / 2,500 = 19.12 -> 20 steps x $6 = 120; credit 33. Tax 23,774.98.
    expect(tax({ state: 'CA', wages: 300_000 }).stateIncome).toBe(23_774.98)
    // Gone by $400,000 (60 steps x $6 > $153). Taxable 394,294: 3,201.97 to $72,724; 9.3% x 298,755 = 27,784.215;
    // 10.3% x 22,815 = 2,349.945. 33,336.13, no credit.
    expect(tax({ state: 'CA', wages: 400_000 }).stateIncome).toBe(33_336.13)
    // Below the threshold the full credit: 100,000 as in computeTax.test.ts.
    expect(tax({ state: 'CA' }).stateIncome).toBe(5_054.98)
  })
})

describe('input checks', () => {
  it('a work place in another state is refused, naming the field', () => {
    try {
      tax({ state: 'OH', locality: 'oh-columbus', workLocality: 'pa-pittsburgh' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(TaxInputError)
      expect((e as TaxInputError).field).toBe('workLocality')
    }
  })
})

describe('the tables', () => {
  it('every place names known taxes of its own state; every tax has a citation', () => {
    for (const p of LOCAL_PLACES.values())
      for (const id of p.taxes) expect(LOCAL_TAXES.get(id)?.state, `${p.id} -> ${id}`).toBe(p.state)
    for (const t of LOCAL_TAXES.values()) expect(t.citation.url).toMatch(/^https:\/\//)
  })

  it('covers all 24 Maryland jurisdictions, all 92 Indiana counties and 30+ Ohio cities', () => {
    const count = (state: string) => [...LOCAL_PLACES.values()].filter((p) => p.state === state).length
    expect(count('MD')).toBe(24)
    expect(count('IN')).toBe(92)
    expect(count('OH')).toBeGreaterThanOrEqual(30)
  })

  it('every place: local tax never falls as wages rise, either year, every filing status', () => {
    for (const p of LOCAL_PLACES.values())
      for (const year of [2025, 2026])
        for (const filing of ['single', 'joint', 'hoh'] as const) {
          let last = -1
          for (const wages of [0, 5_000, 20_000, 60_000, 130_000, 220_000, 450_000, 900_000]) {
            const r = computeTax({ year, filing, state: p.state, locality: p.id, wages })
            expect(r.local, `${p.id} ${year} ${filing} ${wages}`).toBeGreaterThanOrEqual(last)
            last = r.local
          }
        }
  })

  it('no name leads to two places', () => {
    expect(clashingNames()).toEqual([])
  })

  it('finds places by city, county or other name', () => {
    expect(localForPlace('Baltimore, MD', 'MD').locality).toBe('md-baltimore-city')
    expect(localForPlace('Baltimore, MD', 'MD').note).toContain('Baltimore County, MD')
    expect(localForPlace('Baltimore County, MD', 'MD').locality).toBe('md-baltimore-county')
    expect(localForPlace("St. Mary's County, MD", 'MD').locality).toBe('md-st-marys')
    expect(localForPlace('Silver Spring, MD', 'MD').locality).toBe('md-montgomery')
    expect(localForPlace('Indianapolis, IN', 'IN').locality).toBe('in-marion')
    expect(localForPlace('St. Joseph County, IN', 'IN').locality).toBe('in-st-joseph')
    expect(localForPlace('Columbus, IN', 'IN').locality).toBe('in-bartholomew')
    expect(localForPlace('Columbus, OH', 'OH').locality).toBe('oh-columbus')
    expect(localForPlace('City of St. Louis, MO', 'MO').locality).toBe('mo-st-louis')
    expect(localForPlace('Austin, TX', 'TX').locality).toBeNull()
  })
})
