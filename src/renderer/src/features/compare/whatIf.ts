// The comparison's what-if controls as typed, and reading them into the compare:offers options. A field that
// cannot be used gets a message naming it, and no request is made until it is fixed (never NaN).
import type { CompareInput } from '../../../../shared/contract'
import type { CompareOptions } from '../../../../shared/compare'
import type { Offer } from '../../../../shared/offer'
import { readAmount } from '../../../../shared/fields'

export interface WhatIfText {
  filing: CompareOptions['filing']
  k401: string
  stockChange: string
  bonusPayout: string
  taxYear: '2025' | '2026'
  /** Chance of an exit for options offers, percent; empty = not set (no expected value). */
  exitChance: string
}

export type WhatIfField = 'k401' | 'stockChange' | 'bonusPayout' | 'exitChance'
export type WhatIfErrors = Partial<Record<WhatIfField, string>>

export const WHAT_IF_LABELS: Record<WhatIfField, string> = {
  k401: 'Your 401(k) contribution per year',
  stockChange: 'Stock price change (%)',
  bonusPayout: 'Bonus paid (% of target)',
  exitChance: 'Chance of an exit (%)',
}

export const FILING_LABELS: Record<CompareOptions['filing'], string> = {
  single: 'Single',
  joint: 'Married filing jointly',
  hoh: 'Head of household',
}

/** The filing status in a sentence: "compared for single filing", "compared for married filing jointly". */
export const FILING_PHRASES: Record<CompareOptions['filing'], string> = {
  single: 'single filing',
  joint: 'married filing jointly',
  hoh: 'head of household filing',
}

export const INITIAL_WHAT_IF: WhatIfText = {
  filing: 'single',
  k401: '',
  stockChange: '0',
  bonusPayout: '100',
  taxYear: '2025',
  exitChance: '',
}

/** Largest 401(k) contribution the backend accepts (above any year's legal limit, so a typo shows as one). */
export const MAX_K401 = 100_000

const EXAMPLES: Record<WhatIfField, string> = {
  k401: '23500',
  stockChange: '-20',
  bonusPayout: '100',
  exitChance: '20',
}

function readPercent<E extends number | undefined>(
  field: WhatIfField,
  text: string,
  min: number,
  max: number,
  empty: E,
): { value: number | E } | { error: string } {
  const label = WHAT_IF_LABELS[field]
  const cleaned = text.trim().replace(/%$/, '').trim()
  if (cleaned === '') return { value: empty }
  if (!/^[-+]?(\d+(\.\d+)?|\.\d+)$/.test(cleaned))
    return { error: `${label} must be a number, e.g. ${EXAMPLES[field]}.` }
  const value = Number(cleaned)
  if (value < min || value > max) return { error: `${label} must be from ${min}% to ${max}%.` }
  return { value }
}

export function readWhatIf(text: WhatIfText): { errors: WhatIfErrors; options: CompareOptions | null } {
  const errors: WhatIfErrors = {}
  let k401 = 0
  if (text.k401.trim() !== '') {
    const amount = /^\s*-/.test(text.k401) ? null : readAmount(text.k401)
    if (amount === null)
      errors.k401 = `${WHAT_IF_LABELS.k401} must be a number of US dollars, e.g. 23500 or 10k.`
    else if (amount > MAX_K401) errors.k401 = `${WHAT_IF_LABELS.k401} must be at most $100,000.`
    else k401 = amount
  }
  const stock = readPercent('stockChange', text.stockChange, -100, 1000, 0)
  if ('error' in stock) errors.stockChange = stock.error
  const bonus = readPercent('bonusPayout', text.bonusPayout, 0, 300, 100)
  if ('error' in bonus) errors.bonusPayout = bonus.error
  const exit = readPercent('exitChance', text.exitChance, 0, 100, undefined)
  if ('error' in exit) errors.exitChance = exit.error
  if (Object.keys(errors).length > 0 || 'error' in stock || 'error' in bonus || 'error' in exit)
    return { errors, options: null }
  return {
    errors,
    options: {
      filing: text.filing,
      k401,
      stockChangePercent: stock.value,
      bonusPayoutPercent: bonus.value,
      taxYear: text.taxYear === '2026' ? 2026 : 2025,
      ...(exit.value === undefined ? {} : { exitChancePercent: exit.value }),
    },
  }
}

/** The request for the chosen offers, or null while fewer than 2 are chosen or a what-if has an error. */
export function compareRequest(offers: Offer[], options: CompareOptions | null): CompareInput | null {
  if (!options || offers.length < 2 || offers.length > 6) return null
  return { offers, ...options }
}
