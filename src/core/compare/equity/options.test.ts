import { describe, expect, it } from 'vitest'
import {
  defaultExitScenarios,
  exerciseExplained,
  expectedValue,
  optionYears,
  SCENARIO_409A,
  SCENARIO_PREFERRED,
  type OptionGrant,
} from './options'
import { STARTUP } from '../../../../test/fixtures/startupVsPublic'

/** The fixture startup's grant: 40,000 ISOs at $1.20, 409A $1.50, preferred $6, 4 years with a 1-year cliff. */
const grant = STARTUP.equity as OptionGrant

describe('optionYears', () => {
  const scenarios = [...defaultExitScenarios(grant), { name: 'Acquired at $20', pricePerShare: 20 }]
  const rows = optionYears(grant, scenarios, 4)

  it('starts from the 409A and preferred prices', () => {
    expect(defaultExitScenarios(grant)).toEqual([
      { name: SCENARIO_409A, pricePerShare: 1.5 },
      { name: SCENARIO_PREFERRED, pricePerShare: 6 },
    ])
    expect(defaultExitScenarios({ ...grant, preferred: undefined })).toHaveLength(1)
  })

  it('values each year’s vested shares at the spread in every scenario', () => {
    // 10,000 shares vest each year (a 12-month cliff on a 4-year grant, then monthly).
    expect(rows[0]).toEqual({
      year: 1,
      sharesVested: 10_000,
      exerciseCost: 12_000,
      byScenario: { [SCENARIO_409A]: 3_000, [SCENARIO_PREFERRED]: 48_000, 'Acquired at $20': 188_000 },
    })
    expect(rows.map((r) => r.byScenario['Acquired at $20'])).toEqual([188_000, 188_000, 188_000, 188_000])
  })

  it('never values an option below zero when the price is under the strike', () => {
    const under = optionYears(grant, [{ name: 'Down round', pricePerShare: 0.5 }], 2)
    expect(under.map((r) => r.byScenario['Down round'])).toEqual([0, 0])
  })

  it('gives nothing after the grant has fully vested', () => {
    const short = optionYears({ ...grant, years: 2, schedule: { kind: 'even' } }, scenarios, 4)
    expect(short.map((r) => r.sharesVested)).toEqual([20_000, 20_000, 0, 0])
  })

  it('refuses scenarios it cannot read, naming the scenario', () => {
    expect(() => optionYears(grant, [{ name: 'X', pricePerShare: -1 }], 4)).toThrow(/scenario "X"/)
    expect(() =>
      optionYears(
        grant,
        [
          { name: 'X', pricePerShare: 1 },
          { name: 'X ', pricePerShare: 2 },
        ],
        4,
      ),
    ).toThrow(/both named "X"/)
    expect(() => optionYears(grant, [], 4)).toThrow(/1 to 6/)
    expect(() => optionYears({ ...grant, shares: 0.5 }, scenarios, 4)).toThrow(/whole number/)
  })
})

describe('expectedValue', () => {
  it('weighs the exit by its chance, the rest as nothing', () => {
    expect(expectedValue(752_000, 25)).toBe(188_000)
    expect(() => expectedValue(1, 101)).toThrow(/0 to 100/)
  })
})

describe('exerciseExplained', () => {
  it('states the cost, the 90-day window and the AMT for incentive options', () => {
    const text = exerciseExplained(grant).join('\n')
    expect(text).toMatch(/all 40,000 shares at the \$1\.20 strike costs \$48,000/)
    expect(text).toMatch(/90 days/)
    expect(text).toMatch(/AMT.*\$12,000 at today’s 409A price/)
    expect(text).toMatch(/within 10 years/)
  })

  it('states the tax at exercise for non-qualified options', () => {
    expect(exerciseExplained({ ...grant, exercise: 'nso' }).join('\n')).toMatch(
      /taxed as pay that year.*\$12,000 of income/,
    )
  })
})
