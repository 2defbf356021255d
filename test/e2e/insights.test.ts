// Market insights in a real browser (Debian's Chromium through playwright-core) against browser mode with the
// real dataset: a survey profile (Backend Architect), two BLS roles in metro areas, and the one-click path from
// My offer. Every request is recorded; anything not on Worth's own 127.0.0.1 origin is aborted and fails the test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

const WAIT = { timeout: 20_000 }

describe.skipIf(!chromiumPath)('market insights in a real browser', () => {
  let browser: WorthBrowser
  let page: Page
  let requested: string[] = []
  let foreign: string[] = []
  let problems: string[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-insights-')
    ;({ page, requested, foreign, problems } = browser)
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (label: string) => page.getByLabel(label, { exact: true })
  /** A results section by its heading (sections are labelled by their headings, so they are named regions). */
  const section = (heading: string): Locator => page.getByRole('region', { name: heading, exact: true })
  const headline = () => page.getByRole('status').filter({ hasText: 'Market insights for' }).first()

  async function ask(title: string, location: string, expected: RegExp) {
    await field('Job title').fill(title)
    await field('Location').fill(location)
    await expect.poll(async () => (await headline().textContent()) ?? '', WAIT).toMatch(expected)
    // The results below the headline belong to this request (nothing is marked out of date).
    await expect.poll(() => page.locator('[data-stale="true"]').count(), WAIT).toBe(0)
  }

  it('shows the survey profile for Backend Architect in the United States', async () => {
    await page.goto(worthUrl)
    await page.getByRole('button', { name: 'Market insights', exact: true }).click()
    await ask(
      'Backend Architect',
      'United States',
      /Market insights for Backend Architect in the United States/,
    )

    const summary = section('Pay summary')
    const summaryText = (await summary.textContent()) ?? ''
    for (const figure of ['$93,599', '$99,955', '$25,875', '$60,000–$140,000', '$17,000–$23,000']) {
      expect(summaryText).toContain(figure)
    }
    expect(summaryText).toContain('2025 salary survey (reported)')

    const notes = (await section('Read before using these figures').textContent()) ?? ''
    expect(notes).toContain('below its own average base salary')

    const experience = section('Pay by experience')
    expect(await experience.locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    const experienceTable = (await experience.getByRole('table').textContent()) ?? ''
    for (const figure of ['$90,000', '$120,000', '$150,000', '$180,000'])
      expect(experienceTable).toContain(figure)

    const city = section('Pay by city')
    expect(await city.locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    const cityTable = (await city.getByRole('table').textContent()) ?? ''
    expect(cityTable).toContain('San Francisco')
    expect(cityTable).toContain('$120,000–$130,000')
    // Adjusted for cost of living: San Francisco's $150,000 x 100 / 118.23 (BEA 2023 RPP) = $126,871.
    const toggle = city.getByRole('checkbox', { name: 'Adjust for cost of living' })
    expect(await toggle.isDisabled()).toBe(false)
    await toggle.check()
    await expect.poll(async () => (await city.getByRole('table').textContent()) ?? '').toContain('$126,871')
    await toggle.uncheck()

    // The BLS base-pay chart of the nearest occupation is drawn too.
    const percentiles = section('Pay percentiles')
    expect(await percentiles.locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    expect((await percentiles.textContent()) ?? '').toContain('Software Developers')

    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined/)
    const resultsDir = resolve(__dirname, '..', '..', 'test-results')
    await mkdir(resultsDir, { recursive: true })
    await page.screenshot({ path: join(resultsDir, 'e2e-insights.png'), fullPage: true })
  })

  it.each([
    ['Software Developer', 'Seattle, WA', /Software Developers in Seattle-Tacoma-Bellevue, WA/],
    ['Registered Nurse', 'Cleveland, OH', /Registered Nurses in Cleveland, OH/],
  ])('shows percentiles and a city chart for %s in %s', async (title, location, expected) => {
    await ask(title, location, expected)
    const percentiles = section('Pay percentiles')
    const table = (await percentiles.getByRole('table').first().textContent()) ?? ''
    for (const row of ['10th percentile', '50th percentile', '90th percentile']) expect(table).toContain(row)
    expect(table).toMatch(/\$\d{2,3},\d{3}/)
    expect(await section('Pay by city').locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    // No survey here: total pay, bonus and stock say "No data", never $0.
    const summary = (await section('Pay summary').textContent()) ?? ''
    expect(summary).toContain('No data')
    expect(summary).not.toContain('$0')
    expect(await page.locator('body').textContent()).not.toMatch(/NaN|undefined/)
  })

  it('opens insights for the same title and place from My offer in one click', async () => {
    await page.getByRole('button', { name: 'My offer', exact: true }).click()
    await field('Job title').fill('Registered Nurse')
    await field('Location').fill('Cleveland, OH')
    await field('Base salary').fill('85000')
    const link = page.getByRole('button', {
      name: /See market insights for Registered Nurses in Cleveland, OH/,
    })
    await link.waitFor(WAIT)
    await link.click()

    expect(
      await page.getByRole('button', { name: 'Market insights', exact: true }).getAttribute('aria-current'),
    ).toBe('page')
    expect(await field('Job title').inputValue()).toBe('Registered Nurse')
    expect(await field('Location').inputValue()).toBe('Cleveland, OH')
    await expect
      .poll(async () => (await headline().textContent()) ?? '', WAIT)
      .toMatch(/Market insights for Registered Nurses in Cleveland, OH/)
  })

  it('made no request outside 127.0.0.1 and hit no script error or CSP violation', () => {
    expect(requested.some((url) => url.includes('/api/insights:role'))).toBe(true)
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
