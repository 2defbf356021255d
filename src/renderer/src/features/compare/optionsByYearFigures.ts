// An options offer's exit scenarios year by year, as the Compare view shows them: one table of the options vesting
// each year and what buying them costs, one table per exit scenario (before tax, after tax, after tax and cost of
// living, and the expected value when a chance of an exit is set), and the chart series of each scenario's after-tax
// value. Every figure is read from the reply (the scenario's `byYear`, the years' `optionShares`); nothing is
// computed here but text.
import type { ComparedOffer } from '../../../../shared/compare'
import { formatPrice } from '../../../../shared/format'
import { formatCount, formatMoney, MISSING } from '../../lib/format'
import { hasExpected } from './optionsFigures'

export interface YearTable {
  caption: string
  columns: string[]
  /** One row per compared year: its header ("Year 1") and its cells, in the columns' order. */
  rows: { header: string; cells: string[] }[]
}

/** The options vesting each year (refresh options among them, when any) and what buying them costs. */
export function optionsVestingTable(offer: ComparedOffer): YearTable | null {
  const options = offer.options
  if (!options) return null
  const refresh = offer.years.some((y) => y.optionShares?.refreshVested !== undefined)
  return {
    caption: `Options vesting each year: ${offer.label}`,
    columns: [
      'Options vesting',
      ...(refresh ? ['Of which refresh options'] : []),
      refresh
        ? `Cost to buy them (the grant at ${formatPrice(options.strike)}, refresh options at ${formatPrice(options.fmv)})`
        : `Cost to buy them at the ${formatPrice(options.strike)} strike`,
    ],
    rows: offer.years.map((y) => ({
      header: `Year ${y.year}`,
      cells: [
        formatCount(y.optionShares?.vested),
        ...(refresh ? [formatCount(y.optionShares?.refreshVested)] : []),
        formatMoney(y.optionShares?.exerciseCost),
      ],
    })),
  }
}

/** One table per exit scenario, year by year. */
export function scenarioYearTables(offer: ComparedOffer, exitChancePercent?: number): YearTable[] {
  const options = offer.options
  if (!options) return []
  const expected = hasExpected(options)
  const columns = [
    'Before tax',
    'After tax',
    'After tax and cost of living',
    ...(expected ? [`Expected value after tax at a ${exitChancePercent ?? '?'}% chance of an exit`] : []),
  ]
  return options.scenarios.map((scenario) => ({
    caption: `${offer.label} at ${scenario.name} (${formatPrice(scenario.pricePerShare)} a share), year by year`,
    columns,
    rows: scenario.byYear.map((y) => ({
      header: `Year ${y.year}`,
      cells: [
        formatMoney(y.preTax),
        formatMoney(y.afterTax),
        formatMoney(y.afterCostOfLiving),
        ...(expected ? [y.expected === null ? MISSING : formatMoney(y.expected)] : []),
      ],
    })),
  }))
}

/** Chart points: per year, each scenario's after-tax value keyed by its position (`s0`, `s1`, ...). */
export function scenarioSeries(offer: ComparedOffer): { year: number; [key: string]: number }[] {
  const scenarios = offer.options?.scenarios ?? []
  return offer.years.map((y, index) => {
    const point: { year: number; [key: string]: number } = { year: y.year }
    scenarios.forEach((scenario, s) => {
      point[`s${s}`] = scenario.byYear[index]?.afterTax ?? 0
    })
    return point
  })
}
