import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { sampleOffer } from '../../../../../../test/fixtures/offers'
import { OfferPicker } from './OfferPicker'

describe('OfferPicker', () => {
  it('lets offers whose ids are Object.prototype names be chosen (problems are kept in a Map)', () => {
    const offers = ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((id) =>
      sampleOffer({ id, label: `Offer ${id}` }),
    )
    render(<OfferPicker offers={offers} chosen={[]} onChange={vi.fn()} />)
    for (const offer of offers) {
      const box = screen.getByRole('checkbox', { name: new RegExp(`^Offer ${offer.id} `) })
      expect(box).toBeEnabled()
    }
    expect(screen.queryByText(/Cannot be compared/)).toBeNull()
    expect(screen.getByText('Choose at least 2 offers to compare them.')).toBeInTheDocument()
  })

  it('blocks only the offer with a problem', () => {
    const offers = [sampleOffer({ id: 'constructor', label: 'A' }), sampleOffer({ id: 'b', label: 'B' })]
    const problems = new Map([
      ['b', [{ field: 'location' as const, message: 'Location: "Nowhere" is not a place Worth knows.' }]],
    ])
    render(<OfferPicker offers={offers} chosen={[]} onChange={vi.fn()} problems={problems} />)
    expect(screen.getByRole('checkbox', { name: /^A / })).toBeEnabled()
    expect(screen.getByRole('checkbox', { name: /^B / })).toBeDisabled()
  })
})
