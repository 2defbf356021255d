// Options in Compare: each year's spread after its tax, and each exit scenario over the compared years and year by
// year (before tax, after tax, after tax and cost of living, and the expected value when a chance of an exit is set).
// Compare calls these with the year's wages and a tax function; the rules live here. Pure.
import type { ComparedOptions, OfferYear } from '../../../shared/compare'
import { roundToCents } from '../../../shared/money'
import type { Offer } from '../../../shared/offer'
import type { TaxResult } from '../../tax/types'
import { extraIncomeTaxer } from './extraIncomeTax'
import { exerciseExplained, expectedValue, type OptionYear } from './options'

type OptionsEquity = Extract<Offer['equity'], { kind: 'options' }>

/**
 * A year's options value per scenario after the tax its spread adds to that year (NSO as pay; ISO sold the year it is
 * bought, as ordinary income). `wages` is what the year is taxed on before the spread; `atWages`, when given, is
 * `taxAt(wages)` already computed for the year, so it is not computed again.
 */
export function optionsAfterTax(
  year: OptionYear,
  exercise: 'iso' | 'nso',
  taxAt: (wages: number) => TaxResult,
  wages: number,
  atWages?: TaxResult,
): Record<string, number> {
  const taxOn = extraIncomeTaxer(taxAt, wages, exercise === 'nso' ? 'wages' : 'ordinary', atWages)
  const afterTax: Record<string, number> = {}
  for (const [name, value] of Object.entries(year.byScenario))
    afterTax[name] = roundToCents(value - taxOn(value))
  return afterTax
}

/**
 * The options offer's scenarios as Compare shows them: per scenario its sums over the compared years and its figures
 * year by year, read from the years' `equityByScenario` / `equityAfterTaxByScenario`. After cost of living is after
 * tax x 100 / the place's price parity (as take-home is); the expected value is after tax x the chance of an exit.
 */
export function comparedOptions(
  equity: OptionsEquity,
  years: OfferYear[],
  rpp: number,
  exitChancePercent: number | undefined,
): ComparedOptions {
  const afterCostOfLiving = (afterTax: number) => roundToCents((afterTax * 100) / rpp)
  const expected = (afterTax: number) =>
    exitChancePercent === undefined ? null : expectedValue(afterTax, exitChancePercent)
  return {
    exercise: equity.exercise,
    shares: equity.shares,
    strike: equity.strike,
    fmv: equity.fmv,
    preferred: equity.preferred ?? null,
    scenarios: equity.exitScenarios.map(({ name, pricePerShare }) => {
      const byYear = years.map((y) => {
        const afterTax = y.equityAfterTaxByScenario?.[name] ?? 0
        return {
          year: y.year,
          preTax: y.equityByScenario?.[name] ?? 0,
          afterTax,
          afterCostOfLiving: afterCostOfLiving(afterTax),
          expected: expected(afterTax),
        }
      })
      const afterTax = roundToCents(byYear.reduce((n, y) => n + y.afterTax, 0))
      return {
        name,
        pricePerShare,
        preTax: roundToCents(byYear.reduce((n, y) => n + y.preTax, 0)),
        afterTax,
        afterCostOfLiving: afterCostOfLiving(afterTax),
        expected: expected(afterTax),
        byYear,
      }
    }),
    explained: exerciseExplained({ ...equity, preferred: equity.preferred }),
  }
}
