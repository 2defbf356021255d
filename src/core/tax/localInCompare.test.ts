// Compare and the equivalent-salary panel use the tax engine through the place resolver: local taxes reach them.
import { describe, expect, it } from 'vitest'
import { CompareInputSchema } from '../../shared/contract'
import type { Offer } from '../../shared/offer'
import { compareOffers } from '../compare/compareOffers'
import { realDataset } from '../testing/realDataset'
import { equivalentAt } from '../testing/equivalentAt'
import { computeTax } from './computeTax'
import { baseOnlyOffer } from '../../../test/fixtures/offers'

const d = realDataset()
const plain = (id: string, location: string, base: number): Offer =>
  baseOnlyOffer({ id, label: location, location, base })

describe('local taxes in Compare', () => {
  const { offers, ...opts } = CompareInputSchema.parse({
    offers: [
      plain('bal', 'Baltimore, MD', 110_000),
      plain('cmh', 'Columbus, OH', 90_000),
      plain('pit', 'Pittsburgh, PA', 150_000),
      plain('pdx', 'Portland, OR', 200_000),
    ],
    k401: 0,
    taxYear: 2025,
  })
  const r = compareOffers(d, offers, opts)
  const year1 = (id: string) => r.offers.find((o) => o.id === id)!

  it.each([
    // See local.test.ts for each amount worked by hand.
    ['bal', 'md-baltimore-city', 3_361.6],
    ['cmh', 'oh-columbus', 2_250],
    ['pit', 'pa-pittsburgh', 4_552],
    ['pdx', 'or-portland', 1_839.13],
  ])('%s: locality %s, local tax %d in year 1', (id, locality, amount) => {
    const o = year1(id)
    expect(o.locality).toBe(locality)
    expect(o.years[0]!.taxes.local).toBe(amount)
    // Take-home is after the local tax.
    const y = o.years[0]!
    expect(y.takeHome).toBe(Math.round((y.wages - y.taxes.total) * 100) / 100)
  })

  it('says which Baltimore it read, and names each local tax with its source', () => {
    expect(year1('bal').notModelled.join(' ')).toContain('Baltimore County, MD')
    expect(year1('bal').notModelled).toContain(
      'Baltimore City income tax included. Source: Comptroller of Maryland, 2025 Maryland Resident Tax Booklet, local tax rate chart (Form 502 line 28).',
    )
    expect(year1('pdx').notModelled.filter((n) => n.includes('Source: '))).toHaveLength(3)
  })
})

describe('local taxes in the equivalent-salary panel', () => {
  it('moving from Austin to Columbus needs more than the Ohio state tax alone would say', () => {
    const eq = equivalentAt(90_000, 'Austin, TX', 'Columbus, OH')
    const columbus = computeTax({
      year: 2025,
      filing: 'single',
      state: 'OH',
      locality: 'oh-columbus',
      wages: eq.wages,
    })
    expect(columbus.local).toBeGreaterThan(0)
    expect((columbus.takeHome * 100) / eq.toRpp).toBeCloseTo(eq.fromAdjusted, -1)
    expect(eq.notes).toContain(
      'Columbus, OH: Columbus municipal income tax included. Source: Ohio Department of Taxation, Tax Data Series: municipal income tax rates by municipality (MI 1), tax year 2025.',
    )
    // Without the city tax the same wages would leave more: the panel is not ignoring it.
    const stateOnly = computeTax({ year: 2025, filing: 'single', state: 'OH', wages: eq.wages })
    expect(stateOnly.takeHome - columbus.takeHome).toBeCloseTo(columbus.local, 2)
  })
})
