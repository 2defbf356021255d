// `worth compare` with an options offer's refresh grants and its scenarios year by year, from an exported file: the
// startup of test/fixtures/startup-vs-public.json with a yearly refresh of 10,000 options (or, refused, $40,000).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runWorth } from './runForTests'

const fixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../test/fixtures/startup-vs-public.json'), 'utf8'),
) as { offers: Record<string, unknown>[] }
const dir = mkdtempSync(join(tmpdir(), 'worth-options-refresh-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function fileWithRefresh(name: string, refresh: Record<string, number>): string {
  const [startup, bigCo] = fixture.offers
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ ...fixture, offers: [{ ...startup, refresh }, bigCo] }))
  return path
}

describe('worth compare with refresh options', () => {
  it('adds the refresh options to each year’s scenario values and gives each scenario year by year', () => {
    const file = fileWithRefresh('shares.json', { shares: 10_000, everyYears: 1, vestYears: 4 })
    const r = runWorth(['compare', '--offers', file, '--k401', '10000', '--json'])
    expect(r.code).toBe(0)
    const startup = JSON.parse(r.out).offers[0]
    // 0, 2,500, 5,000, 7,500 refresh options a year, at today's 409A price ($1.50) as their strike: at $6,
    // 48,000 from the grant plus 4.50 x the refresh options.
    expect(
      startup.years.map((y: { equityByScenario: Record<string, number> }) => y.equityByScenario.Preferred),
    ).toEqual([48_000, 59_250, 70_500, 81_750])
    expect(startup.years[3].optionShares).toEqual({
      vested: 17_500,
      refreshVested: 7_500,
      exerciseCost: 23_250,
    })
    const preferred = startup.options.scenarios[1]
    expect(preferred.byYear.map((y: { preTax: number }) => y.preTax)).toEqual([
      48_000, 59_250, 70_500, 81_750,
    ])
    expect(preferred.byYear.map((y: { afterTax: number }) => y.afterTax)).toEqual(
      startup.years.map(
        (y: { equityAfterTaxByScenario: Record<string, number> }) => y.equityAfterTaxByScenario.Preferred,
      ),
    )
    expect(startup.notes.join(' ')).toMatch(/10,000 options every year .*today’s 409A price \(\$1\.50\)/)
  })

  it('refuses a refresh in dollars for options, naming the offer and the field', () => {
    const file = fileWithRefresh('dollars.json', { amount: 40_000, everyYears: 1, vestYears: 4 })
    const r = runWorth(['compare', '--offers', file])
    expect(r.code).toBe(2)
    expect(r.err.join('\n')).toMatch(/Offer "Startup": refresh .*number of options .*not in dollars/)
  })
})
