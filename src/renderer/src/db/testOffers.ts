// Saved offers for tests: complete, valid records that differ where a test needs them to.
import type { Offer } from '../../../shared/offer'

export function sampleOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'seattle',
    label: 'Seattle',
    company: 'Northwind',
    title: 'Software Developer',
    location: 'Seattle, WA',
    years: 5,
    base: 165000,
    bonus: { kind: 'percent', value: 10 },
    equity: { total: 200000, years: 4, schedule: { kind: 'cliff', cliffMonths: 12, then: 'monthly' } },
    signon: { amount: 30000, paid: 'year1' },
    relocation: 10000,
    match401k: { matchPercent: 50, upToPercent: 6 },
    raisePercent: 3,
    notes: 'Hybrid, 3 days in the office.',
    createdAt: '2026-11-28T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    ...overrides,
  }
}

export const SEATTLE = sampleOffer()
export const SAN_FRANCISCO = sampleOffer({
  id: 'sf',
  label: 'San Francisco',
  company: 'Contoso',
  location: 'San Francisco, CA',
  base: 185000,
  bonus: { kind: 'amount', value: 20000 },
  equity: { total: 320000, years: 4, schedule: { kind: 'custom', percents: [5, 15, 40, 40] } },
  signon: { amount: 20000, paid: 'split' },
  relocation: 0,
  createdAt: '2026-11-28T10:01:00.000Z',
  updatedAt: '2026-11-28T10:01:00.000Z',
})
export const AUSTIN = sampleOffer({
  id: 'austin',
  label: 'Austin',
  company: 'Fabrikam',
  location: 'Austin, TX',
  base: 140000,
  equity: { total: 80000, years: 4, schedule: { kind: 'even' } },
  signon: { amount: 0, paid: 'year1' },
  relocation: 0,
  notes: '',
  createdAt: '2026-11-28T10:02:00.000Z',
  updatedAt: '2026-11-28T10:02:00.000Z',
})
