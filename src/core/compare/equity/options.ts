// Stock options in a private company, valued per exit scenario. Pure.
//
// An option is the right to buy a share at the strike price. It is worth something only if the share can one day be
// sold above the strike, so Worth never gives one value: it shows each scenario the user names (by default today's
// 409A price, and the last round's preferred price when known, plus any exit price the user sets). Per year, the value
// is the spread (scenario price - strike, never below zero) times the shares that vest that year, as if exercised and
// sold at the exit. The preferred price is context — investors' shares carry rights common stock does not — and is
// labelled so, never presented as what common stock is worth.
import { formatMoney, formatPrice } from '../../../shared/format'
import { roundToCents } from '../../../shared/money'
import { vestingByYear, type VestingSchedule } from '../vesting'

export interface OptionGrant {
  shares: number
  /** Price per share paid to exercise. */
  strike: number
  /** The latest 409A fair market value per share of common stock. */
  fmv: number
  /** The last funding round's price per preferred share: context, not the value of common. */
  preferred?: number
  exercise: 'iso' | 'nso'
  years: number
  schedule: VestingSchedule
  /** Years until unexercised options expire (10 is common). */
  expiryYears?: number
}

export interface ExitScenario {
  name: string
  pricePerShare: number
}

/** Refresh grants of options: how many vest each year (index 0 = year 1) and the strike they are taken at. */
export interface OptionRefresh {
  optionsByYear: number[]
  strike: number
}

export interface OptionYear {
  year: number
  /** All options vesting this year, refresh options included. */
  sharesVested: number
  /** The refresh options among them (present only when the offer has refresh grants). */
  refreshVested?: number
  /** What exercising this year's shares costs (strike x shares). */
  exerciseCost: number
  /** Pre-tax value per scenario name: spread x shares vested this year. */
  byScenario: Record<string, number>
}

export class OptionsError extends Error {}

export const SCENARIO_409A = 'Today’s 409A price'
export const SCENARIO_PREFERRED = 'Last round’s preferred price'

/** The scenarios every options offer starts with: today's 409A price and, when known, the preferred price. */
export function defaultExitScenarios(grant: OptionGrant): ExitScenario[] {
  const out = [{ name: SCENARIO_409A, pricePerShare: grant.fmv }]
  if (grant.preferred !== undefined) out.push({ name: SCENARIO_PREFERRED, pricePerShare: grant.preferred })
  return out
}

function checkGrant(grant: OptionGrant): void {
  if (!Number.isInteger(grant.shares) || grant.shares < 1 || grant.shares > 100_000_000)
    throw new OptionsError('The number of options must be a whole number from 1 to 100,000,000.')
  for (const [field, value] of [
    ['strike', grant.strike],
    ['409A price (fmv)', grant.fmv],
    ['preferred price', grant.preferred ?? 0],
  ] as const) {
    if (!Number.isFinite(value) || value < 0 || value > 100_000)
      throw new OptionsError(`The ${field} must be a price per share from $0 to $100,000.`)
  }
}

function checkScenarios(scenarios: readonly ExitScenario[]): void {
  if (scenarios.length < 1 || scenarios.length > 6) throw new OptionsError('Give from 1 to 6 exit scenarios.')
  const names = new Set<string>()
  for (const s of scenarios) {
    const name = s.name.trim()
    if (!name || name.length > 60)
      throw new OptionsError('Each exit scenario needs a name of at most 60 characters.')
    if (names.has(name)) throw new OptionsError(`Two exit scenarios are both named "${name}".`)
    names.add(name)
    if (!Number.isFinite(s.pricePerShare) || s.pricePerShare < 0 || s.pricePerShare > 100_000)
      throw new OptionsError(`The price in scenario "${name}" must be from $0 to $100,000 a share.`)
  }
}

/**
 * Year by year (1..years), the shares that vest, what exercising them costs, and their value in each scenario. Refresh
 * options, when given, add their own shares at their own strike.
 */
export function optionYears(
  grant: OptionGrant,
  scenarios: readonly ExitScenario[],
  years: number,
  refresh?: OptionRefresh,
): OptionYear[] {
  checkGrant(grant)
  checkScenarios(scenarios)
  const vest = vestingByYear(grant.schedule, grant.years)
  const out: OptionYear[] = []
  for (let y = 1; y <= years; y += 1) {
    const initial = grant.shares * (vest[y - 1] ?? 0)
    const refreshVested = refresh?.optionsByYear[y - 1] ?? 0
    const spread = (price: number, strike: number) => Math.max(0, price - strike)
    const byScenario: Record<string, number> = {}
    for (const s of scenarios)
      byScenario[s.name.trim()] = roundToCents(
        spread(s.pricePerShare, grant.strike) * initial +
          (refresh ? spread(s.pricePerShare, refresh.strike) * refreshVested : 0),
      )
    out.push({
      year: y,
      sharesVested: initial + refreshVested,
      ...(refresh ? { refreshVested } : {}),
      exerciseCost: roundToCents(grant.strike * initial + (refresh ? refresh.strike * refreshVested : 0)),
      byScenario,
    })
  }
  return out
}

/**
 * An expected value for a what-if: the chance (percent) that the user's exit happens, times the value at that exit;
 * otherwise the options are taken to be worth nothing (common stock of a company that never sells or lists cannot
 * be sold). The assumption is stated next to the figure.
 */
export function expectedValue(valueAtExit: number, chancePercent: number): number {
  if (!Number.isFinite(chancePercent) || chancePercent < 0 || chancePercent > 100)
    throw new OptionsError('The chance of an exit must be from 0 to 100 percent.')
  return roundToCents((valueAtExit * chancePercent) / 100)
}

/** What exercising means for this grant, in plain words: the cost, the window after leaving, the tax at exercise. */
export function exerciseExplained(grant: OptionGrant): string[] {
  checkGrant(grant)
  const cost = grant.shares * grant.strike
  const spread = Math.max(0, grant.fmv - grant.strike) * grant.shares
  const lines = [
    `Buying all ${grant.shares.toLocaleString('en-US')} shares at the ${formatPrice(grant.strike)} strike costs ${formatMoney(cost)}; you pay it only for the shares you choose to buy, once they have vested.`,
    'If you leave, most plans give you 90 days to buy your vested shares; after that they are lost. Ask whether this plan allows longer.',
  ]
  if (grant.exercise === 'nso')
    lines.push(
      `Non-qualified options (NSO): the spread when you buy is taxed as pay that year. At today’s 409A price that would be ${formatMoney(spread)} of income for the whole grant.`,
    )
  else
    lines.push(
      `Incentive options (ISO): buying and holding shares can bring the alternative minimum tax (AMT) on the spread (${formatMoney(spread)} at today’s 409A price for the whole grant); Worth does not model the AMT. Sold the year you buy them, the spread is taxed as ordinary income.`,
    )
  if (grant.expiryYears !== undefined)
    lines.push(`Options not bought within ${grant.expiryYears} years of the grant expire.`)
  return lines
}
