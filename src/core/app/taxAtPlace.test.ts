import { describe, expect, it } from 'vitest'
import { realDataset } from '../testing/realDataset'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'

const handlers = createHandlers(realDataset())
const tax = (input: Record<string, unknown>) => dispatch(handlers, 'tax:compute', input)

describe('tax:compute', () => {
  it('reads the place with the dataset’s resolver and answers the engine’s figures', () => {
    const reply = tax({ wages: 100_000, location: 'Texas' })
    expect(reply).toMatchObject({ ok: true, value: { place: 'Texas', notes: [] } })
    if (reply.ok) {
      expect(reply.value.tax).toMatchObject({ year: 2025, filing: 'single', state: 'TX', stateIncome: 0 })
      expect(reply.value.tax.takeHome).toBeGreaterThan(70_000)
    }
  })

  it('names the field each problem is about, in the contract’s names', () => {
    expect(tax({ wages: 100_000, location: 'Atlantis' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-location', field: 'location' },
    })
    expect(tax({ wages: 100_000, location: 'New York, NY', workLocation: 'Newark, NJ' })).toMatchObject({
      ok: false,
      error: { field: 'workLocation', message: expect.stringContaining('is in NJ, not NY') },
    })
    expect(tax({ wages: 0, location: 'Texas' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'wages' },
    })
    expect(tax({ wages: 100_000, location: 'Texas', taxYear: 2019 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', field: 'taxYear' },
    })
  })

  it('adds what it says about the places before what is not modelled', () => {
    const reply = tax({ wages: 100_000, location: 'New York' })
    expect(reply.ok).toBe(true)
    if (reply.ok) {
      expect(reply.value.notes).toHaveLength(1)
      expect(reply.value.tax.notModelled[0]).toBe(reply.value.notes[0])
    }
  })
})
