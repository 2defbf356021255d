// An options offer's exit scenarios as the Compare view's table shows them: per exit price, the value of the shares
// vesting over the compared years before and after tax, and the expected value when a chance of an exit is set.
import type { ComparedOffer, ComparedOptions } from '../../../../shared/compare'
import { formatPrice } from '../../../../shared/format'
import { formatMoney } from '../../lib/format'

export interface OptionsTable {
  caption: string
  columns: string[]
  rows: { name: string; cells: string[] }[]
}

/** Whether the scenarios carry an expected value (the chance-of-an-exit what-if is set). */
export const hasExpected = (options: ComparedOptions) =>
  options.scenarios.some((scenario) => scenario.expected !== null)

export function optionsTable(offer: ComparedOffer, exitChancePercent?: number): OptionsTable | null {
  const options = offer.options
  if (!options) return null
  const years = offer.years.length
  const expected = hasExpected(options)
  const columns = [
    'Price a share',
    `${years}-year value before tax`,
    `${years}-year value after tax`,
    `${years}-year value after tax and cost of living`,
    ...(expected ? [`Expected value after tax (${exitChancePercent ?? '?'}% chance of an exit)`] : []),
  ]
  return {
    caption: `Stock options by exit price: ${offer.label}`,
    columns,
    rows: options.scenarios.map((scenario) => ({
      name: scenario.name,
      cells: [
        formatPrice(scenario.pricePerShare),
        formatMoney(scenario.preTax),
        formatMoney(scenario.afterTax),
        formatMoney(scenario.afterCostOfLiving),
        ...(expected ? [scenario.expected === null ? '—' : formatMoney(scenario.expected)] : []),
      ],
    })),
  }
}

/** "40,000 incentive options (ISO) at a $1.20 strike; 409A price $1.50, last round's preferred price $6.00 (context only)." */
export function optionsGrantSentence(options: ComparedOptions): string {
  const kind = options.exercise === 'iso' ? 'incentive options (ISO)' : 'non-qualified options (NSO)'
  const preferred =
    options.preferred === null
      ? ''
      : `; the last round’s preferred price, ${formatPrice(options.preferred)}, is context only — common stock is not worth it`
  return `${options.shares.toLocaleString('en-US')} ${kind} at a ${formatPrice(options.strike)} strike; latest 409A price ${formatPrice(options.fmv)}${preferred}.`
}
