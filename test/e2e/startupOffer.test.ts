// A startup offer with stock options against a public company's RSU offer in another city, entered through the My
// offers editor in a real browser (Debian's Chromium, browser mode with the real dataset), exported, and compared by
// `worth compare --offers <export> --json`: the command line gives the same exit-scenario figures as the Compare view,
// over four years and year by year. Then Negotiate adds a counter, with the note the user wrote, to the offer's history.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Locator, Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'
import type { ComparedOptions } from '../../src/shared/compare'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')
const ROOT = resolve(__dirname, '..', '..')

/** One exit scenario as `worth compare --json` gives it (the reply's own type). */
type CliScenario = ComparedOptions['scenarios'][number]

describe.skipIf(!chromiumPath)('a startup’s options against a public company’s RSUs, UI to CLI', () => {
  let browser: WorthBrowser
  let page: Page
  let foreign: string[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-startup-')
    ;({ page, foreign } = browser)
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (label: string) => page.getByLabel(label, { exact: true })
  const nav = (label: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label })
  const saved = (label: string) =>
    page
      .getByRole('status')
      .filter({ hasText: `Saved “${label}”.` })
      .waitFor({ timeout: 15_000 })

  it('enters both offers, exports them, and the CLI agrees with the Compare view', async () => {
    await page.goto(worthUrl)
    await nav('My offers').click()

    await field('Offer name').fill('Startup')
    await field('Company').fill('Tiny Co')
    await field('Job title').fill('Software Developer')
    await field('Location').fill('Austin, TX')
    await field('Years of experience').fill('5')
    await field('Base salary').fill('150000')
    await page.getByLabel('a cliff, then monthly or quarterly').check()
    await page.getByLabel('Stock options', { exact: true }).check()
    await field('Number of options').fill('40000')
    await field('Strike price a share').fill('1.20')
    await field('Latest 409A price a share').fill('1.50')
    await field('Last round’s preferred price a share').fill('6')
    await field('Exit scenario name').fill('Acquired')
    await field('Exit price a share').fill('20')
    await page.getByRole('button', { name: 'Add exit price' }).click()
    await field('Your health premium per year').fill('2400')
    await field('Employer HSA money per year').fill('500')
    await page.getByRole('button', { name: 'Save offer' }).click()
    await saved('Startup')

    await field('Offer name').fill('Big Co')
    await field('Company').fill('Big Co')
    await field('Job title').fill('Software Developer')
    await field('Location').fill('Seattle, WA')
    await field('Years of experience').fill('5')
    await field('Base salary').fill('185000')
    await field('Equity grant (total value)').fill('200000')
    await field('Refresh grant size').fill('40000')
    await field('ESPP: pay put in (%)').fill('10')
    await page.getByRole('button', { name: 'Save offer' }).click()
    await saved('Big Co')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ])
    const resultsDir = join(ROOT, 'test-results')
    await mkdir(resultsDir, { recursive: true })
    const file = join(resultsDir, 'e2e-startup-vs-public.json')
    await writeFile(file, await readFile((await download.path())!, 'utf8'))
    const exported = JSON.parse(await readFile(file, 'utf8')) as { offers: Record<string, unknown>[] }
    const startup = exported.offers.find((o) => o.label === 'Startup')!
    expect(startup.equity).toMatchObject({
      kind: 'options',
      shares: 40000,
      strike: 1.2,
      fmv: 1.5,
      preferred: 6,
      exitScenarios: [
        { name: '409A', pricePerShare: 1.5 },
        { name: 'Preferred', pricePerShare: 6 },
        { name: 'Acquired', pricePerShare: 20 },
      ],
    })
    expect(exported.offers.find((o) => o.label === 'Big Co')!.refresh).toEqual({
      amount: 40000,
      everyYears: 1,
      vestYears: 4,
    })

    await nav('Compare').click()
    await field('Chance of an exit (%)').fill('25')
    const table = page.getByRole('table', { name: 'Stock options by exit price: Startup' })
    await table
      .getByRole('columnheader', { name: 'Expected value after tax (25% chance of an exit)' })
      .waitFor({ timeout: 20_000 })
    const rowsOf = (name: string) =>
      page
        .getByRole('table', { name, exact: true })
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
        )
    const shown = await rowsOf('Stock options by exit price: Startup')
    // Year by year, per exit scenario (its table's rows: Year n, before tax, after tax, after cost of living, expected).
    const byYearShown = new Map<string, string[][]>()
    for (const [name, price] of [
      ['409A', '$1.50'],
      ['Preferred', '$6.00'],
      ['Acquired', '$20.00'],
    ] as const)
      byYearShown.set(name, await rowsOf(`Startup at ${name} (${price} a share), year by year`))

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'src/cli/main.ts',
        'compare',
        '--offers',
        file,
        '--exit-chance',
        '25',
        '--json',
      ],
      { cwd: ROOT },
    )
    const cli = JSON.parse(stdout) as {
      offers: {
        label: string
        options?: { scenarios: CliScenario[] }
        years: {
          year: number
          equityByScenario?: Record<string, number>
          equityAfterTaxByScenario?: Record<string, number>
        }[]
      }[]
    }
    const cliStartup = cli.offers.find((o) => o.label === 'Startup')!
    const scenarios = cliStartup.options!.scenarios
    const dollars = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`
    expect(shown).toEqual(
      scenarios.map((s) => [
        s.name,
        `$${s.pricePerShare.toFixed(2)}`,
        dollars(s.preTax),
        dollars(s.afterTax),
        dollars(s.afterCostOfLiving),
        dollars(s.expected!),
      ]),
    )
    // Each year of each scenario is the CLI's equityByScenario / equityAfterTaxByScenario for that year, then its
    // byYear figures after cost of living (after tax x 100 / Austin's price parity) and expected (25% of after tax).
    for (const s of scenarios)
      expect(byYearShown.get(s.name)).toEqual(
        cliStartup.years.map((y, index) => [
          `Year ${y.year}`,
          dollars(y.equityByScenario![s.name]!),
          dollars(y.equityAfterTaxByScenario![s.name]!),
          dollars(s.byYear[index]!.afterCostOfLiving),
          dollars(s.byYear[index]!.expected!),
        ]),
      )
    // 10,000 options vest each year; at the preferred price, (6 - 1.20) x 10,000 = $48,000 a year before tax.
    expect(byYearShown.get('Preferred')!.map((row) => row[1])).toEqual(new Array(4).fill('$48,000'))
    // 40,000 options over 4 years at the preferred price: (6 - 1.20) x 40,000 before tax.
    expect(scenarios[1]).toMatchObject({ name: 'Preferred', preTax: 192000 })
    expect(foreign).toEqual([])
  })

  it('adds a counter with the note the user wrote to the startup offer’s history', async () => {
    await nav('Negotiate').click()
    await page.getByLabel('Start from a saved offer').selectOption({ label: 'Startup (Tiny Co, Austin, TX)' })
    const sent = page.getByRole('button', { name: 'I sent this counter' })
    await sent.waitFor({ timeout: 20_000 })
    const note = field('Note for the history')
    const suggested = await note.inputValue()
    expect(suggested).toMatch(/^Countered at \$\d{1,3}(,\d{3})+$/)
    await note.fill('Asked for 20,000 more options and a January start')
    await sent.click()
    await page
      .getByText(/^Added your counter of \$[\d,]+ on \d{4}-\d{2}-\d{2} to the history of “Startup”\.$/)
      .waitFor({ timeout: 15_000 })

    await nav('My offers').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ])
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      offers: { label: string; history?: { side: string; base?: number; note: string }[] }[]
    }
    const history = exported.offers.find((o) => o.label === 'Startup')!.history!
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      side: 'me',
      base: Number(suggested.replace(/[^\d]/g, '')),
      note: 'Asked for 20,000 more options and a January start',
    })
    expect(foreign).toEqual([])
  })

  it('values a refresh of options typed in the editor, year by year in Compare', async () => {
    await nav('My offers').click()
    await page.getByRole('button', { name: 'Edit Startup' }).click()
    await field('Refresh grant size').fill('10000')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await saved('Startup')
    await nav('Compare').click()
    const vesting = page.getByRole('table', { name: 'Options vesting each year: Startup', exact: true })
    await vesting.getByRole('columnheader', { name: 'Of which refresh options' }).waitFor({ timeout: 20_000 })
    const cells = (table: Locator, row: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${row}\\b`) })
        .locator('th, td')
        .allTextContents()
    // A yearly refresh of 10,000 options over 4 years: 2,500 vest in year 2, bought at today's 409A price ($1.50).
    expect(await cells(vesting, 'Year 2')).toEqual(['Year 2', '12,500', '2,500', '$15,750'])
    // At the preferred price, $6: 48,000 from the grant + (6 - 1.50) x 2,500 = $59,250 before tax in year 2.
    const preferred = page.getByRole('table', { name: 'Startup at Preferred ($6.00 a share), year by year' })
    expect((await cells(preferred, 'Year 2'))[1]).toBe('$59,250')
    expect(foreign).toEqual([])
  })
})
