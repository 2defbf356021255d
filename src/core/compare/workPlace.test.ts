// A saved offer's separate work place: Compare, the offer check and the equivalent salary tax it at the work place's
// nonresident rate (Philadelphia, Detroit ...), with the home's own taxes, as `worth tax --work-location` does.
import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import {
  OfferSchema,
  readOffersExport,
  writeOffersCsv,
  writeOffersExport,
  type Offer,
} from '../../shared/offer'
import { realDataset } from '../testing/realDataset'
import { equivalentAt } from '../testing/equivalentAt'
import { baseOnlyOffer } from '../../../test/fixtures/offers'
import { checkOffer, compareOffers } from './compareOffers'

const d = realDataset()
// $100,000 base and nothing else: the year-1 wages are $100,000.
const plain: Offer = baseOnlyOffer({
  id: 'kop',
  label: 'King of Prussia',
  location: 'King of Prussia, PA',
  base: 100_000,
})
const inPhilly: Offer = {
  ...plain,
  id: 'kop-phl',
  label: 'Works in Philadelphia',
  workLocation: 'Philadelphia, PA',
}
const dearborn: Offer = { ...plain, id: 'dbn', label: 'Dearborn', location: 'Dearborn, MI' }
const inDetroit: Offer = {
  ...dearborn,
  id: 'dbn-det',
  label: 'Works in Detroit',
  workLocation: 'Detroit, MI',
}

const compare = (offers: Offer[]) => {
  const { offers: parsed, ...opts } = CompareInputSchema.parse({ offers })
  return compareOffers(d, parsed, opts)
}

describe('an offer with a separate work place', () => {
  it('pays the work city its nonresident wage tax in Compare (Philadelphia 3.435%, Detroit 1.2%)', () => {
    const r = compare([plain, inPhilly, dearborn, inDetroit])
    const year1 = (id: string) => r.offers.find((o) => o.id === id)!.years[0]!
    // King of Prussia has no local tax Worth models. Working in Philadelphia: half of 2025 at 3.44%, half at 3.43%
    // = 3.435% x 100,000 = 3,435.
    expect(year1('kop').taxes.local).toBe(0)
    expect(year1('kop-phl').taxes.local).toBe(3_435)
    expect(year1('kop-phl').takeHome).toBe(year1('kop').takeHome - 3_435)
    // Dearborn: none. Working in Detroit: (100,000 - 600 exemption) x 1.2% = 1,192.80.
    expect(year1('dbn').taxes.local).toBe(0)
    expect(year1('dbn-det').taxes.local).toBe(1_192.8)
    const phl = r.offers.find((o) => o.id === 'kop-phl')!
    expect(phl.work).toEqual({ location: 'Philadelphia, PA', locality: 'philadelphia' })
    expect(r.offers.find((o) => o.id === 'kop')!.work).toBeUndefined()
    expect(phl.notModelled.join(' ')).toContain('Philadelphia wage tax included')
  })

  it('credits the work city against the home city (Columbus resident working in Dublin, Ohio)', () => {
    const columbus: Offer = { ...plain, id: 'cmh', label: 'Columbus', location: 'Columbus, OH' }
    const dublin: Offer = { ...columbus, id: 'cmh-dub', label: 'Dublin office', workLocation: 'Dublin, OH' }
    const r = compare([columbus, dublin])
    // Columbus alone: 2.5% x 100,000 = 2,500. Working in Dublin: Dublin 2.0% = 2,000, credited at home, Columbus 500.
    expect(r.offers[0]!.years[0]!.taxes.local).toBe(2_500)
    expect(r.offers[1]!.years[0]!.taxes.local).toBe(2_500)
  })

  it('is checked like the home place: a work place in another state or an unknown one is named', () => {
    expect(checkOffer(d, inPhilly).problems).toEqual([])
    const elsewhere = checkOffer(d, { ...plain, workLocation: 'Austin, TX' }).problems
    expect(elsewhere).toEqual([
      {
        field: 'workLocation',
        message:
          'Work location "Austin, TX" is in TX, not PA: Worth computes taxes as if you live and work in one state.',
      },
    ])
    expect(checkOffer(d, { ...plain, workLocation: 'Nowhere Town, PA' }).problems[0]!.field).toBe(
      'workLocation',
    )
    // An ambiguous work place is asked about in the home place's words, naming the work location.
    expect(checkOffer(d, { ...plain, workLocation: 'Portland' }).problems).toEqual([
      {
        field: 'workLocation',
        message: expect.stringMatching(/^Work location "Portland" could mean several places: Portland, OR /),
      },
    ])
  })

  it('carries into the equivalent salary on either side', () => {
    const kop = (more: { fromWork?: string; toWork?: string } = {}) =>
      equivalentAt(100_000, 'King of Prussia, PA', 'King of Prussia, PA', more)
    // Same place, same pay: the same wages.
    expect(kop().wages).toBe(100_000)
    // Working in Philadelphia costs 3,435 a year; the equivalent there pays 3,435 more take-home before the other
    // taxes on the raise, so the wage is above 103,435.
    const toPhilly = kop({ toWork: 'Philadelphia, PA' })
    expect(toPhilly.wages).toBeGreaterThan(103_435)
    expect(toPhilly.notes.join(' ')).toContain('Philadelphia wage tax included')
    const fromPhilly = kop({ fromWork: 'Philadelphia, PA' })
    expect(fromPhilly.wages).toBeLessThan(100_000 - 3_435 + 1)
  })
})

describe('the saved offer file', () => {
  it('keeps the work place through export and import; older files without it open unchanged', () => {
    const text = writeOffersExport([plain, inPhilly], new Date('2026-12-01T00:00:00Z'))
    const back = readOffersExport(text)
    expect(back.ok && back.offers).toEqual([plain, inPhilly])
    expect(OfferSchema.parse(plain)).not.toHaveProperty('workLocation')
    const csv = writeOffersCsv([plain, inPhilly]).split('\r\n')
    // The work place is a version-2 column: after every version-1 column, so older spreadsheets keep their columns.
    expect(csv[0]).toMatch(/^label,company,title,location,years,.*,notes,work_location,/)
    expect(csv[2]).toMatch(/^[^\n]*"King of Prussia, PA",.*,"Philadelphia, PA",/)
  })
})
