import { describe, expect, it } from 'vitest'
import { AUSTIN, SEATTLE } from '../../../../../test/fixtures/offers'
import { compareRequest, INITIAL_WHAT_IF, readWhatIf } from './whatIf'

describe('readWhatIf', () => {
  it('reads the defaults as no change', () => {
    expect(readWhatIf(INITIAL_WHAT_IF)).toEqual({
      errors: {},
      options: { filing: 'single', k401: 0, stockChangePercent: 0, bonusPayoutPercent: 100, taxYear: 2025 },
    })
  })

  it('reads typed amounts and percentages', () => {
    expect(
      readWhatIf({
        filing: 'hoh',
        k401: '23,500',
        stockChange: '-30%',
        bonusPayout: '80',
        taxYear: '2026',
        exitChance: '',
      }).options,
    ).toEqual({ filing: 'hoh', k401: 23500, stockChangePercent: -30, bonusPayoutPercent: 80, taxYear: 2026 })
    expect(
      readWhatIf({ ...INITIAL_WHAT_IF, k401: '10k', stockChange: '', bonusPayout: '' }).options,
    ).toMatchObject({
      k401: 10000,
      stockChangePercent: 0,
      bonusPayoutPercent: 100,
    })
  })

  it('names each what-if it cannot use and asks for nothing', () => {
    expect(readWhatIf({ ...INITIAL_WHAT_IF, k401: '-5', stockChange: 'down', bonusPayout: '400' })).toEqual({
      errors: {
        k401: 'Your 401(k) contribution per year must be a number of US dollars, e.g. 23500 or 10k.',
        stockChange: 'Stock price change (%) must be a number, e.g. -20.',
        bonusPayout: 'Bonus paid (% of target) must be from 0% to 300%.',
      },
      options: null,
    })
    expect(readWhatIf({ ...INITIAL_WHAT_IF, k401: '200000' }).errors.k401).toBe(
      'Your 401(k) contribution per year must be at most $100,000.',
    )
  })
})

describe('the chance of an exit', () => {
  it('is sent only when set, as a percent from 0 to 100', () => {
    expect(readWhatIf({ ...INITIAL_WHAT_IF, exitChance: ' 25% ' }).options).toMatchObject({
      exitChancePercent: 25,
    })
    expect(readWhatIf({ ...INITIAL_WHAT_IF, exitChance: '0' }).options).toMatchObject({
      exitChancePercent: 0,
    })
    expect(readWhatIf(INITIAL_WHAT_IF).options).not.toHaveProperty('exitChancePercent')
  })

  it('names itself when it cannot be read', () => {
    expect(readWhatIf({ ...INITIAL_WHAT_IF, exitChance: '120' })).toEqual({
      errors: { exitChance: 'Chance of an exit (%) must be from 0% to 100%.' },
      options: null,
    })
    expect(readWhatIf({ ...INITIAL_WHAT_IF, exitChance: 'likely' }).errors.exitChance).toBe(
      'Chance of an exit (%) must be a number, e.g. 20.',
    )
  })
})

describe('compareRequest', () => {
  const options = readWhatIf(INITIAL_WHAT_IF).options
  it('asks for 2 to 6 offers only', () => {
    expect(compareRequest([SEATTLE], options)).toBeNull()
    expect(compareRequest([SEATTLE, AUSTIN], null)).toBeNull()
    expect(compareRequest([SEATTLE, AUSTIN], options)).toEqual({ offers: [SEATTLE, AUSTIN], ...options })
    expect(compareRequest(new Array(7).fill(SEATTLE), options)).toBeNull()
  })
})
