// Saved offers and the comparison in a real browser (Debian's Chromium through playwright-core) against browser
// mode with the real dataset: three offers saved through the UI survive a reload, are compared with real numbers,
// and an exported JSON file re-imports losslessly after the offers are deleted. Every request is recorded; anything
// not on Worth's own 127.0.0.1 origin is aborted and fails the test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

interface TypedOffer {
  label: string
  company: string
  location: string
  base: string
  bonus: string
  equity: string
  schedule?: 'cliff' | 'custom'
  percents?: string
  signon?: string
}

const OFFERS: TypedOffer[] = [
  {
    label: 'Seattle',
    company: 'Northwind',
    location: 'Seattle, WA',
    base: '165000',
    bonus: '15000',
    equity: '200000',
    schedule: 'cliff',
    signon: '30000',
  },
  {
    label: 'San Francisco',
    company: 'Contoso',
    location: 'San Francisco, CA',
    base: '185000',
    bonus: '20000',
    equity: '320000',
    schedule: 'custom',
    percents: '5-15-40-40',
  },
  {
    label: 'Austin',
    company: 'Fabrikam',
    location: 'Austin, TX',
    base: '140000',
    bonus: '10000',
    equity: '80000',
  },
]

interface ExportFile {
  format: string
  version: number
  offers: Record<string, unknown>[]
}

describe.skipIf(!chromiumPath)('saved offers and comparison in a real browser', () => {
  let browser: WorthBrowser
  let page: Page
  let requested: string[] = []
  let foreign: string[] = []
  let problems: string[] = []
  let firstExport: ExportFile
  /** Year-1 take-home per offer as the Compare view showed it (single filing, no what-ifs), in dollars. */
  let shownTakeHome: number[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-compare-')
    ;({ page, requested, foreign, problems } = browser)
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (label: string) => page.getByLabel(label, { exact: true })
  const nav = (label: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label })
  const offerRows = () => page.locator('table.offer-list tbody th[scope="row"]')

  async function exportJson(): Promise<ExportFile> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^worth-offers-\d{4}-\d{2}-\d{2}\.json$/)
    const path = await download.path()
    return JSON.parse(await readFile(path, 'utf8')) as ExportFile
  }

  it('saves three offers through the editor and finds them again after a reload', async () => {
    await page.goto(worthUrl)
    await nav('My offers').click()
    for (const offer of OFFERS) {
      await field('Offer name').fill(offer.label)
      await field('Company').fill(offer.company)
      await field('Job title').fill('Software Developer')
      await field('Location').fill(offer.location)
      await field('Years of experience').fill('5')
      await field('Base salary').fill(offer.base)
      await field('Annual bonus').fill(offer.bonus)
      await field('Equity grant (total value)').fill(offer.equity)
      if (offer.schedule === 'cliff') await page.getByLabel('a cliff, then monthly or quarterly').check()
      if (offer.schedule === 'custom') {
        await page.getByLabel('custom percentages per year').check()
        await field('Percent vesting each year').fill(offer.percents!)
      }
      if (offer.signon) await field('Sign-on bonus').fill(offer.signon)
      await page.getByRole('button', { name: 'Save offer' }).click()
      await page
        .getByRole('status')
        .filter({ hasText: `Saved “${offer.label}”.` })
        .waitFor({ timeout: 10_000 })
    }
    expect(await offerRows().allTextContents()).toEqual(['Seattle', 'San Francisco', 'Austin'])

    // A bad field is named, and nothing is saved.
    await field('Offer name').fill('Broken')
    await field('Location').fill('Denver, CO')
    await field('Job title').fill('Software Developer')
    await field('Base salary').fill('lots')
    await page.getByRole('button', { name: 'Save offer' }).click()
    await expect.poll(() => field('Base salary').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#saved-offer-base-error').textContent()).toContain('Base salary')
    await page.getByRole('button', { name: 'Clear form' }).click()

    // A place Compare cannot use is named on its field by the backend's check, and nothing is saved.
    await field('Offer name').fill('Nowhere')
    await field('Job title').fill('Software Developer')
    await field('Location').fill('Xyzzy')
    await field('Base salary').fill('150000')
    await page.getByRole('button', { name: 'Save offer' }).click()
    await expect.poll(() => field('Location').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true')
    expect(await page.locator('#saved-offer-location-error').textContent()).toContain('Xyzzy')
    expect(await offerRows().allTextContents()).toEqual(['Seattle', 'San Francisco', 'Austin'])
    await page.getByRole('button', { name: 'Clear form' }).click()

    await page.reload()
    await nav('My offers').click()
    await expect
      .poll(() => offerRows().allTextContents(), { timeout: 10_000 })
      .toEqual(['Seattle', 'San Francisco', 'Austin'])
  })

  it('compares the three offers with real taxes, take-home and the best offer marked', async () => {
    await nav('Compare').click()
    const status = page.getByRole('status').filter({ hasText: 'compared for single filing' })
    await status.waitFor({ timeout: 20_000 })
    const summary = (await status.textContent()) ?? ''
    expect(summary).toContain('Seattle, San Francisco, Austin compared')
    expect(summary).toMatch(/Best take-home pay in year 1: \w[\w ]*, \$\d{1,3}(,\d{3})* ahead of/)

    const year1 = page.locator('table.figure-table-year1')
    const text = (await year1.textContent()) ?? ''
    for (const row of [
      'Total compensation',
      'Federal income tax',
      'Social Security',
      'Medicare',
      'State income tax',
      'Take-home pay',
      'Take-home after cost of living',
      'Base percentile in its own market',
      'Prevailing wage level (DOL)',
    ])
      expect(text).toContain(row)
    expect(text).toMatch(/green-card job at that level must pay\.(Level (I|II|III|IV)|Below Level I){3}/)
    expect(text).toMatch(/Take-home pay\$\d{3},\d{3}/)
    const takeHomeCells = await year1
      .locator('tr')
      .filter({ has: page.locator('th', { hasText: /^Take-home pay$/ }) })
      .locator('td')
      .allTextContents()
    shownTakeHome = takeHomeCells.map((cell) => Number(cell.replace(/Best|[$,\s]/g, '')))
    expect(shownTakeHome).toHaveLength(3)
    expect(await year1.locator('.best-badge').count()).toBeGreaterThanOrEqual(3)
    expect(await year1.locator('.best-badge').first().textContent()).toBe('Best')
    // Texas has no state income tax, Washington none on wages, California does.
    const stateRow = await year1
      .locator('tr', { hasText: 'State income tax' })
      .locator('td')
      .allTextContents()
    expect(stateRow[0]).toBe('$0')
    expect(stateRow[1]).toMatch(/^\$\d{2},\d{3}$/)
    expect(stateRow[2]).toBe('$0')

    await expect
      .poll(() => page.locator('svg.recharts-surface').count(), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2)
    expect(await page.getByText('Leaving before month 12 forfeits $50,000 of stock.').count()).toBe(1)
    expect(await page.locator('table.take-home-table-cumulative tbody tr').count()).toBe(4)
    expect(await page.getByText(/BEA 2023, modelled/).count()).toBeGreaterThanOrEqual(3)

    // Equivalent salary: the Seattle offer's base is worth less in Austin, TX (lower prices, no state income tax).
    expect(await field('Start from').locator('option:checked').textContent()).toBe(
      'Seattle: base $165,000 in Seattle, WA',
    )
    await field('Equivalent in').fill('Austin, TX')
    const equivalent = page.getByTestId('equivalent-answer')
    await equivalent.filter({ hasText: 'a year in Austin, TX' }).waitFor({ timeout: 20_000 })
    const answer = (await equivalent.textContent()) ?? ''
    expect(answer).toContain('(modelled)')
    expect(answer).toContain('BEA 2023 regional price parities')
    const austinWage = Number(/\$([\d,]+) a year in Austin, TX/.exec(answer)?.[1]?.replace(/,/g, ''))
    expect(austinWage).toBeGreaterThan(50_000)
    expect(austinWage).toBeLessThan(165_000)

    // A what-if recomputes everything at once.
    const before = await page
      .locator('table.figure-table-year1 tr', { hasText: 'Federal income tax' })
      .textContent()
    await page.getByLabel('Married filing jointly').check()
    await page
      .getByRole('status')
      .filter({ hasText: 'compared for married filing jointly, tax year' })
      .waitFor({ timeout: 20_000 })
    const after = await page
      .locator('table.figure-table-year1 tr', { hasText: 'Federal income tax' })
      .textContent()
    expect(after).not.toBe(before)

    // A bad what-if is named, and the last result stays, marked out of date.
    await field('Stock price change (%)').fill('lots')
    await expect.poll(() => field('Stock price change (%)').getAttribute('aria-invalid')).toBe('true')
    await page.getByText('Out of date — fix the highlighted what-if').waitFor({ timeout: 5_000 })
    expect(await page.locator('[data-stale="true"]').count()).toBe(1)

    const resultsDir = resolve(__dirname, '..', '..', 'test-results')
    await mkdir(resultsDir, { recursive: true })
    await field('Stock price change (%)').fill('0')
    await page.screenshot({ path: join(resultsDir, 'e2e-compare.png'), fullPage: true })
  })

  it('exports the offers as JSON and re-imports them losslessly after deleting them', async () => {
    await nav('My offers').click()
    firstExport = await exportJson()
    expect(firstExport.format).toBe('worth-offers')
    expect(firstExport.offers.map((offer) => offer['label'])).toEqual(['Seattle', 'San Francisco', 'Austin'])

    for (const label of ['Seattle', 'San Francisco', 'Austin']) {
      await page.getByRole('button', { name: `Delete ${label}`, exact: true }).click()
      await page
        .getByRole('status')
        .filter({ hasText: `Deleted “${label}”.` })
        .waitFor({ timeout: 5_000 })
    }
    await page.getByText('No saved offers yet.').waitFor({ timeout: 5_000 })

    const path = join(resolve(__dirname, '..', '..', 'test-results'), 'e2e-offers-export.json')
    await mkdir(resolve(__dirname, '..', '..', 'test-results'), { recursive: true })
    await import('node:fs/promises').then((fs) => fs.writeFile(path, JSON.stringify(firstExport, null, 2)))
    await page.getByLabel('Import offers from a JSON export').setInputFiles(path)
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported e2e-offers-export.json: 3 offers added.' })
      .waitFor({ timeout: 10_000 })
    await expect.poll(() => offerRows().allTextContents()).toEqual(['Seattle', 'San Francisco', 'Austin'])

    const again = await exportJson()
    expect(again.offers).toEqual(firstExport.offers)

    // The command line reads the same export and gives the same year-1 take-home as the Compare view showed.
    const root = resolve(__dirname, '..', '..')
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        'src/cli/main.ts',
        'compare',
        '--offers',
        path,
        '--json',
      ],
      { cwd: root },
    )
    const cli = JSON.parse(stdout) as { offers: { label: string; years: { takeHome: number }[] }[] }
    expect(cli.offers.map((offer) => offer.label)).toEqual(['Seattle', 'San Francisco', 'Austin'])
    expect(cli.offers.map((offer) => Math.round(offer.years[0]!.takeHome))).toEqual(shownTakeHome)
    await page.getByRole('button', { name: 'Edit San Francisco', exact: true }).click()
    await page.screenshot({
      path: join(resolve(__dirname, '..', '..', 'test-results'), 'e2e-offers.png'),
      fullPage: true,
    })

    // A broken file is refused whole: the message says why, and the saved offers do not change.
    const broken = join(resolve(__dirname, '..', '..', 'test-results'), 'e2e-offers-broken.json')
    const bad = {
      ...firstExport,
      offers: [
        { ...firstExport.offers[0], id: 'new-one' },
        { ...firstExport.offers[1], base: -1 },
      ],
    }
    await import('node:fs/promises').then((fs) => fs.writeFile(broken, JSON.stringify(bad)))
    await page.getByLabel('Import offers from a JSON export').setInputFiles(broken)
    await page
      .getByRole('status')
      .filter({ hasText: 'e2e-offers-broken.json was not imported. Offer 2 (San Francisco): base' })
      .waitFor({ timeout: 10_000 })
    expect(await offerRows().allTextContents()).toEqual(['Seattle', 'San Francisco', 'Austin'])
  })

  it('made no request outside 127.0.0.1 and hit no script error or CSP violation', () => {
    expect(requested.some((url) => url.includes('/api/compare:offers'))).toBe(true)
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
