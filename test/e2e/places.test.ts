// Places as people write them, in a real browser against browser mode with the real dataset: a shared name lists
// the biggest place first, so Down, Enter picks it; an everyday name ("NYC") gives its metro's market.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

describe.skipIf(!chromiumPath)('places in a real browser', () => {
  let browser: WorthBrowser
  let page: Page
  let foreign: string[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-places-')
    ;({ page, foreign } = browser)
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (label: string) => page.getByLabel(label, { exact: true })
  const percentileSentence = () => page.getByRole('status').filter({ hasText: 'percentile' }).first()

  it('"Austin": Austin, TX is the first suggestion, and Down, Enter gives its market', async () => {
    await page.goto(worthUrl)
    await field('Job title').fill('Software Engineer')
    await field('Base salary').fill('150000')
    const location = field('Location')
    await location.fill('Austin')
    const options = page.getByRole('listbox', { name: 'Location suggestions' }).getByRole('option')
    await expect.poll(() => options.count(), { timeout: 20_000 }).toBeGreaterThan(1)
    expect(await options.first().textContent()).toContain('Austin, TX')
    await location.press('ArrowDown')
    await location.press('Enter')
    await expect.poll(() => location.inputValue(), { timeout: 5_000 }).toBe('Austin, TX')
    await expect
      .poll(async () => (await percentileSentence().textContent()) ?? '', { timeout: 20_000 })
      .toContain('Austin-Round Rock-San Marcos, TX')
  })

  it('"NYC" gives the New York metro market', async () => {
    await field('Location').fill('NYC')
    await expect
      .poll(async () => (await percentileSentence().textContent()) ?? '', { timeout: 20_000 })
      .toContain('New York-Newark-Jersey City, NY-NJ')
  })

  it('"Remote" explains that pay follows the employer\'s market and offers the United States', async () => {
    await field('Location').fill('Remote')
    const why = page.getByText("Remote pay is usually set by the employer's market", { exact: false })
    await why.first().waitFor({ timeout: 20_000 })
    await page
      .getByRole('group', { name: 'Did you mean:' })
      .getByRole('button', { name: 'United States' })
      .click()
    await expect.poll(() => field('Location').inputValue(), { timeout: 5_000 }).toBe('United States')
    await expect
      .poll(async () => (await percentileSentence().textContent()) ?? '', { timeout: 20_000 })
      .toContain('United States')
    expect(foreign).toEqual([])
  })
})
