// The offer flow in a real browser (Debian's Chromium through playwright-core) against browser mode with the
// real dataset. Every request the page makes is recorded; anything not on Worth's own 127.0.0.1 origin is aborted
// and fails the test, so this also checks that Worth makes no network request.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

describe.skipIf(!chromiumPath)('offer flow in a real browser', () => {
  let browser: WorthBrowser
  let page: Page
  let requested: string[] = []
  let foreign: string[] = []
  let problems: string[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-')
    ;({ page, requested, foreign, problems } = browser)
  })

  afterAll(async () => {
    await browser?.close()
  })

  /** A form control by its visible label (exact: 'Job title' is not 'Job title suggestions'). */
  const field = (label: string) => page.getByLabel(label, { exact: true })

  it('estimates an offer, shows the chart and table, and flags a bad base salary', async () => {
    await page.goto(worthUrl)
    await field('Job title').fill('Software Engineer')
    await field('Location').fill('Seattle, WA')
    await field('Years of experience').fill('5')
    await field('Base salary').fill('150000')
    await field('Annual bonus').fill('15000')
    await field('Stock per year').fill('40000')

    // The percentile sentence, read out by the status region, names the occupation and the place.
    const status = page.getByRole('status').filter({ hasText: 'percentile' }).first()
    await status.waitFor({ timeout: 20_000 })
    const sentence = (await status.textContent()) ?? ''
    expect(sentence).toMatch(/percentile/)
    expect(sentence).toContain('Software Developers')
    expect(sentence).toContain('Seattle')

    // The chart and its accessible alternative, a table of the market percentiles.
    await expect
      .poll(() => page.locator('svg.recharts-surface').first().isVisible(), { timeout: 10_000 })
      .toBe(true)
    const table = page.getByRole('table').filter({ hasText: 'percentile' }).first()
    const tableText = (await table.textContent()) ?? ''
    for (const row of [
      '10th percentile',
      '25th percentile',
      '50th percentile',
      '75th percentile',
      '90th percentile',
    ]) {
      expect(tableText).toContain(row)
    }
    expect(tableText).toMatch(/\$\d{2,3},\d{3}/)

    // A bad base salary: an inline message naming the field, and the old result kept but marked out of date.
    const base = field('Base salary')
    await base.fill('abc')
    await expect.poll(() => base.getAttribute('aria-invalid'), { timeout: 5_000 }).toBe('true')
    const messageId = ((await base.getAttribute('aria-describedby')) ?? '').split(' ')[0] ?? ''
    expect(messageId).not.toBe('')
    expect(await page.locator(`[id="${messageId}"]`).textContent()).toContain('Base salary')
    await expect
      .poll(() => page.locator('[data-stale="true"]').count(), { timeout: 5_000 })
      .toBeGreaterThan(0)
    expect(await page.locator('[data-stale="true"]').first().textContent()).toContain('Software Developers')
    expect(await page.getByRole('status').first().textContent()).toMatch(/out of date/i)

    const resultsDir = resolve(__dirname, '..', '..', 'test-results')
    await mkdir(resultsDir, { recursive: true })
    await page.screenshot({ path: join(resultsDir, 'e2e-offer.png'), fullPage: true })
  })

  it('keeps what was typed the moment before a reload', async () => {
    // No wait between typing and reloading: the draft's journal, not the debounced save, carries it over.
    await field('Base salary').fill('151000')
    await page.reload()
    await expect.poll(() => field('Base salary').inputValue(), { timeout: 10_000 }).toBe('151000')
    expect(await field('Job title').inputValue()).toBe('Software Engineer')
  })

  it('made no request outside 127.0.0.1 and hit no script error or CSP violation', () => {
    // The recording works: the page's own API calls went through it.
    expect(requested.some((url) => url.includes('/api/estimate:offer'))).toBe(true)
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
