// The options year by year and by exit scenario, drawn from the backend's saved replies for
// test/fixtures/startup-vs-public.json (a $10,000 401(k) contribution, without and with a 25% chance of an exit):
// every cell is the year's own `equityByScenario` / `equityAfterTaxByScenario` as `worth compare --json` gives them.
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { STARTUP_VS_PUBLIC, STARTUP_VS_PUBLIC_EXIT_25 } from '../../../../../../test/fixtures/replies'
import { formatMoney } from '../../../lib/format'
import { OptionsScenarios } from './OptionsScenarios'

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

const columnsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((th) => th.textContent)

describe('Compare’s options year by year, by exit scenario', () => {
  it('shows each scenario’s years before tax, after tax and after cost of living, as the reply’s years give them', () => {
    render(<OptionsScenarios result={STARTUP_VS_PUBLIC} chartWidth={640} />)
    const startup = STARTUP_VS_PUBLIC.offers.find((o) => o.label === 'Startup')!
    for (const scenario of startup.options!.scenarios) {
      const table = screen.getByRole('table', {
        name: `Startup at ${scenario.name} ($${scenario.pricePerShare.toFixed(2)} a share), year by year`,
      })
      expect(columnsOf(table)).toEqual(['Year', 'Before tax', 'After tax', 'After tax and cost of living'])
      startup.years.forEach((year) => {
        const row = within(table).getByRole('row', { name: new RegExp(`^Year ${year.year}\\b`) })
        expect(cellsOf(row).slice(0, 2)).toEqual([
          formatMoney(year.equityByScenario![scenario.name]),
          formatMoney(year.equityAfterTaxByScenario![scenario.name]),
        ])
      })
    }
    // The preferred price, $6: 10,000 options a year x (6 - 1.20) = $48,000; $36,480 after 24% federal tax (an ISO
    // sold the year it is bought pays no payroll taxes); x 100 / 97.62 (Austin) = $37,369.
    const preferred = screen.getByRole('table', { name: /^Startup at Preferred/ })
    expect(cellsOf(within(preferred).getByRole('row', { name: /^Year 1\b/ }))).toEqual([
      '$48,000',
      '$36,480',
      '$37,369',
    ])
    const vesting = screen.getByRole('table', { name: 'Options vesting each year: Startup' })
    expect(columnsOf(vesting)).toEqual(['Year', 'Options vesting', 'Cost to buy them at the $1.20 strike'])
    expect(cellsOf(within(vesting).getByRole('row', { name: /^Year 4\b/ }))).toEqual(['10,000', '$12,000'])
    // The chart of the same after-tax figures, one line per scenario, named in its legend.
    const chart = document.querySelector('.options-chart')!
    expect(chart).not.toBeNull()
    for (const name of ['409A', 'Preferred', 'Acquired'])
      expect(within(chart as HTMLElement).getByText(name)).toBeInTheDocument()
    // Big Co has RSUs: no year-by-year options tables.
    expect(screen.queryByRole('table', { name: /^Big Co at/ })).toBeNull()
  })

  it('adds each year’s expected value once a chance of an exit is set', () => {
    render(<OptionsScenarios result={STARTUP_VS_PUBLIC_EXIT_25} chartWidth={640} />)
    const acquired = screen.getByRole('table', { name: /^Startup at Acquired \(\$20\.00 a share\)/ })
    expect(columnsOf(acquired).at(-1)).toBe('Expected value after tax at a 25% chance of an exit')
    const startup = STARTUP_VS_PUBLIC_EXIT_25.offers.find((o) => o.label === 'Startup')!
    startup.years.forEach((year) => {
      const afterTax = year.equityAfterTaxByScenario!.Acquired!
      const row = within(acquired).getByRole('row', { name: new RegExp(`^Year ${year.year}\\b`) })
      expect(cellsOf(row)[1]).toBe(formatMoney(afterTax))
      expect(cellsOf(row)[3]).toBe(formatMoney(Math.round(afterTax * 25) / 100))
    })
  })
})

describe('refresh options in the year-by-year view', () => {
  it('lists the refresh options among those vesting and their cost at today’s 409A price', () => {
    // The saved reply's startup as Compare gives it with a yearly refresh of 10,000 options over 4 years
    // (optionRefresh.test.ts checks these figures against the backend).
    const startup = STARTUP_VS_PUBLIC.offers.find((o) => o.label === 'Startup')!
    const refreshVested = [0, 2_500, 5_000, 7_500]
    const withRefresh = {
      ...startup,
      years: startup.years.map((y, i) => ({
        ...y,
        optionShares: {
          vested: 10_000 + refreshVested[i]!,
          refreshVested: refreshVested[i]!,
          exerciseCost: 12_000 + 1.5 * refreshVested[i]!,
        },
      })),
    }
    render(<OptionsScenarios result={{ ...STARTUP_VS_PUBLIC, offers: [withRefresh] }} chartWidth={640} />)
    const vesting = screen.getByRole('table', { name: 'Options vesting each year: Startup' })
    expect(columnsOf(vesting)).toEqual([
      'Year',
      'Options vesting',
      'Of which refresh options',
      'Cost to buy them (the grant at $1.20, refresh options at $1.50)',
    ])
    expect(cellsOf(within(vesting).getByRole('row', { name: /^Year 2\b/ }))).toEqual([
      '12,500',
      '2,500',
      '$15,750',
    ])
  })
})
