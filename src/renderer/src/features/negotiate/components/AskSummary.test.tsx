// The ask card and the brief on real backend replies: a Seattle offer with an ask from Level II pay and a stretch,
// an Austin offer that already meets the target (other terms), and a typed ask below the offer.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { AUSTIN_TERMS_NEGOTIATION, SEATTLE_LEVEL_NEGOTIATION } from '../../../../../../test/fixtures/replies'
import { AskSummary } from './AskSummary'
import { NegotiationBrief } from './NegotiationBrief'

const card = () => screen.getByRole('region', { name: /^(Ask for|Keep the base, ask for other terms)$/ })

describe('AskSummary', () => {
  it('headlines the ask from the level band, the range, and the stretch apart with its risk', () => {
    render(<AskSummary result={SEATTLE_LEVEL_NEGOTIATION} />)
    const ask = card()
    expect(within(ask).getByTestId('ask-amount')).toHaveTextContent('$186,350')
    expect(ask).toHaveTextContent('Quote: $186,350 to $195,700')
    expect(ask).toHaveTextContent('+$11,350 (6.5%)')
    expect(ask).toHaveTextContent(
      'The ask is worked out from the 85th percentile of pay at your level (DOL wage Level II, qualified) in the local market.',
    )
    expect(ask).toHaveTextContent(
      'With 5 years of experience you fit DOL wage Level II (qualified; 3-5 years)',
    )
    expect(ask).not.toHaveClass('is-below')
    const stretch = within(ask).getByRole('note')
    expect(stretch).toHaveAccessibleName('Stretch, if you have leverage: $212,250')
    expect(stretch).toHaveTextContent('21.3% above the offer')
    expect(stretch).toHaveTextContent('The risk:')
  })

  it('keeps the base and asks for other terms, after tax, when the offer meets the target: no raise headlined', () => {
    render(<AskSummary result={AUSTIN_TERMS_NEGOTIATION} />)
    const ask = card()
    expect(ask).toHaveAccessibleName('Keep the base, ask for other terms')
    expect(ask).toHaveClass('is-terms')
    expect(within(ask).getByTestId('ask-amount')).toHaveTextContent('$8,750')
    expect(ask).toHaveTextContent('sign-on bonus, once')
    expect(ask).toHaveTextContent('Base stays at $175,000')
    expect(ask).toHaveTextContent('about $6,455 after tax in year 1')
    expect(ask).not.toHaveTextContent('Quote:')
    expect(within(ask).queryByRole('note')).toBeNull()
  })

  it('never headlines an ask below the offer as a win', () => {
    const below: NegotiateResult = {
      ...SEATTLE_LEVEL_NEGOTIATION,
      ask: {
        ...SEATTLE_LEVEL_NEGOTIATION.ask,
        base: 170_000,
        raise: -5_000,
        raisePercent: -2.9,
        from: 'user',
      },
      stretch: null,
    }
    render(<AskSummary result={below} />)
    expect(card()).toHaveClass('is-below')
    expect(card()).toHaveTextContent('below the offer, so no counter')
    expect(card()).toHaveTextContent('Less than the offer')
  })
})

describe('NegotiationBrief', () => {
  const at = new Date(2026, 11, 1)

  it('carries the same ask, range and stretch, the level band and the prevailing-wage level', () => {
    render(<NegotiationBrief result={SEATTLE_LEVEL_NEGOTIATION} generatedAt={at} chartWidth={600} />)
    const ask = screen.getByRole('region', { name: 'The ask' })
    expect(ask).toHaveTextContent('$186,350')
    expect(ask).toHaveTextContent('Quote: $186,350 to $195,700')
    expect(ask).toHaveTextContent('Stretch (with leverage only): $212,250, 21.3% on the offer.')
    const offer = screen.getByRole('region', { name: 'The offer' })
    expect(offer).toHaveTextContent('Prevailing wage level: II (Level II $149,240, Level III $180,710).')
    expect(offer).toHaveTextContent(
      'Your level: DOL wage Level II (qualified), paid about $113,419 to $196,375',
    )
  })

  it('shows the other terms, not a raise, when the offer meets the target', () => {
    render(<NegotiationBrief result={AUSTIN_TERMS_NEGOTIATION} generatedAt={at} chartWidth={600} />)
    const ask = screen.getByRole('region', { name: 'Keep the base, ask for other terms' })
    expect(ask).toHaveTextContent('$8,750 sign-on bonus, once')
    expect(ask).toHaveTextContent('Base stays at $175,000')
    expect(screen.getByRole('region', { name: 'Other terms, each worth a 5% raise' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'The offer' })).toHaveTextContent(
      'Prevailing wage level: IV (Level IV $163,550, the highest).',
    )
  })
})
