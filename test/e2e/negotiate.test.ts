// The counter-offer flow in a real browser (Debian's Chromium through playwright-core) against browser mode with
// the real dataset and backend: an offer in My offer, one click to Negotiate, the ask, tips and scripts with real
// numbers, copying a script, the one-page brief on screen, in print media and as a PDF, then starting from a saved
// offer and negotiating one from Compare with the best other offer as the alternative. Every request is
// recorded; anything not on Worth's own 127.0.0.1 origin is aborted and fails the test.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

const WAIT = { timeout: 20_000 }
const RESULTS_DIR = resolve(__dirname, '..', '..', 'test-results')
/** A valid offers export: Seattle, San Francisco and Austin. */
const FIXTURE = resolve(__dirname, '..', 'fixtures', 'three-offers.json')

/** "$232,850" -> 232850; NaN when there is no dollar figure. */
function dollars(text: string): number {
  const match = /\$([\d,]+)/.exec(text)
  return match ? Number(match[1]!.replace(/,/g, '')) : Number.NaN
}

describe.skipIf(!chromiumPath)('negotiating an offer in a real browser', () => {
  let browser: WorthBrowser
  let page: Page
  let requested: string[] = []
  let foreign: string[] = []
  let problems: string[] = []
  let askBase = 0

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-negotiate-')
    ;({ page, requested, foreign, problems } = browser)
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(worthUrl).origin,
    })
    await mkdir(RESULTS_DIR, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (label: string) => page.getByLabel(label, { exact: true })
  const section = (heading: string): Locator => page.getByRole('region', { name: heading, exact: true })
  const text = async (locator: Locator) => (await locator.textContent()) ?? ''

  it('opens the calculator from My offer with the offer filled in', async () => {
    await page.goto(worthUrl)
    await field('Job title').fill('Software Developer')
    await field('Location').fill('Seattle, WA')
    await field('Years of experience').fill('5')
    await field('Base salary').fill('150000')
    await field('Annual bonus').fill('15000')
    await field('Stock per year').fill('40000')
    await page
      .getByRole('status')
      .filter({ hasText: 'percentile for Software Developers' })
      .first()
      .waitFor(WAIT)
    // Negotiate takes the offer on screen: wait until the results are those of the whole offer typed (the sentence
    // can show first for the base alone, when a busy machine lets the estimate go out between two fields).
    await section('Total compensation per year').filter({ hasText: '$205,000' }).waitFor(WAIT)
    // My offer names the prevailing-wage level the base meets (Seattle's Level II is $149,240).
    const prevailing = await text(section('Prevailing wage level: Level II'))
    expect(prevailing).toContain(
      'meets prevailing wage Level II (qualified, $149,240) but not Level III ($180,710)',
    )

    await page.getByRole('button', { name: 'Negotiate this offer' }).click()
    expect(
      await page.getByRole('button', { name: 'Negotiate', exact: true }).getAttribute('aria-current'),
    ).toBe('page')
    expect(await field('Job title').inputValue()).toBe('Software Developer')
    expect(await field('Location').inputValue()).toBe('Seattle, WA')
    expect(await field('Years of experience').inputValue()).toBe('5')
    expect(await field('Base salary').inputValue()).toBe('150000')
    expect(await field('Annual bonus').inputValue()).toBe('15000')
    expect(await field('Stock per year').inputValue()).toBe('40000')
    expect(await page.getByLabel('Worth’s pick for your level').isChecked()).toBe(true)
  })

  it('shows a precise ask 5-20% above the offer from Level II pay, the stretch apart, tips and trade-offs', async () => {
    const status = page.getByRole('status').filter({ hasText: 'Ask for a base of' }).first()
    await status.waitFor(WAIT)
    expect(await text(status)).toContain('Software Developers in Seattle-Tacoma-Bellevue, WA')

    const ask = section('Ask for')
    askBase = dollars(await text(ask.getByTestId('ask-amount')))
    expect(askBase).toBeGreaterThanOrEqual(150000 * 1.05)
    expect(askBase).toBeLessThanOrEqual(150000 * 1.2)
    expect(askBase % 1000).not.toBe(0)
    const askText = await text(ask)
    expect(askText).not.toMatch(/NaN|undefined/)
    expect(askText).toContain('DOL wage Level II')
    const stretch = await text(ask.getByRole('note'))
    expect(stretch).toMatch(/^Stretch, if you have leverage: \$[\d,]+/)
    expect(dollars(stretch)).toBeGreaterThan(askBase)
    expect(stretch).toContain('The risk:')
    // The range to quote starts at the ask (as the tips and scripts say); the floor below it is named apart.
    const quote = /Quote: \$([\d,]+) to \$([\d,]+)/.exec(askText)
    const [from, high] = [Number(quote?.[1]?.replace(/,/g, '')), Number(quote?.[2]?.replace(/,/g, ''))]
    const low = dollars(/Lowest base before turning to trade-offs: (\$[\d,]+)/.exec(askText)?.[1] ?? '')
    expect(from).toBe(askBase)
    expect(low).toBeLessThanOrEqual(askBase)
    expect(high).toBeGreaterThanOrEqual(askBase)
    expect(askText).toMatch(/\+\$[\d,]+ after tax/)

    const tips = section('Tips for your situation')
    expect(await tips.getByRole('listitem').count()).toBeGreaterThanOrEqual(3)
    const tipsText = await text(tips)
    expect(tipsText).toContain('(Mason, Lee, Wiley & Ames 2013)')
    expect(tipsText).toContain('Journal of Experimental Social Psychology')

    const tradeoffs = await text(section('If base pay is capped'))
    expect(tradeoffs).toContain('Sign-on bonus')
    expect(tradeoffs).toContain('Equity grant')

    // The chart marks the ask; its table alternative lists it with the market's percentiles.
    await expect.poll(() => page.locator('.reference-line-ask').count(), WAIT).toBeGreaterThan(0)
    const table = await text(page.locator('table.ask-table'))
    expect(table).toContain('50th percentile')
    expect(dollars(/Your ask(\$[\d,]+)/.exec(table)?.[1] ?? '')).toBe(askBase)
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-negotiate.png'), fullPage: true })
  })

  it('flags an ask below the offer, and goes back to the market ask when the field is emptied', async () => {
    await field('Your ask').fill('140000')
    const alert = page.getByRole('alert').filter({ hasText: 'below the base already offered' })
    await alert.waitFor(WAIT)
    expect(await text(alert)).toContain('$140,000')
    expect(await text(section('Ask for').getByTestId('ask-amount'))).toBe('$140,000')
    await field('Your ask').fill('')
    await alert.waitFor({ state: 'detached', ...WAIT })
    await expect
      .poll(async () => dollars(await text(section('Ask for').getByTestId('ask-amount'))), WAIT)
      .toBe(askBase)
  })

  it('fills a script with the ask and copies it', async () => {
    const scripts = section('Scripts for your counter-offer')
    const box = scripts.getByLabel('Your script')
    const askText = `$${askBase.toLocaleString('en-US')}`
    await expect.poll(async () => box.inputValue(), WAIT).toContain(askText)
    await scripts.getByLabel('Phone call').check()
    await scripts.getByLabel('Direct').check()
    expect(await box.inputValue()).not.toMatch(/^Subject:/)
    await box.fill(`${await box.inputValue()} Thank you.`)
    await scripts.getByRole('button', { name: 'Copy' }).click()
    await expect
      .poll(() => text(scripts.getByRole('status')), WAIT)
      .toBe('Copied the phone script to the clipboard.')
    // A string: this file is typechecked without the DOM library (it runs in Node; the string runs in the page).
    const copied = String(await page.evaluate('navigator.clipboard.readText()'))
    expect(copied).toContain(askText)
    expect(copied).toMatch(/Thank you\.$/)
  })

  it('opens the brief with the ask, range, evidence and a citation, and prints it on one page', async () => {
    await page.getByRole('button', { name: 'Open the negotiation brief' }).click()
    const brief = page.getByRole('article', { name: 'Negotiation brief' })
    await brief.waitFor(WAIT)
    const briefText = await text(brief)
    expect(briefText).toContain('Software Developers in Seattle-Tacoma-Bellevue, WA')
    expect(briefText).toMatch(/Generated \w+ \d{1,2}, \d{4}/)
    const askSection = await text(brief.getByRole('region', { name: 'The ask' }))
    expect(dollars(askSection)).toBe(askBase)
    expect(askSection).toMatch(/Quote: \$[\d,]+ to \$[\d,]+; the \d+\w\w percentile/)
    expect(askSection).toContain('Stretch (with leverage only)')
    expect(askSection).toMatch(/Lowest base before turning to trade-offs: \$[\d,]+\./)
    const offerSection = await text(brief.getByRole('region', { name: 'The offer' }))
    expect(offerSection).toMatch(/Base at the \d+\w\w percentile/)
    expect(offerSection).toContain('Prevailing wage level: II (Level II $149,240, Level III $180,710)')
    const evidence = await text(brief.getByRole('region', { name: 'Evidence' }))
    expect(evidence).toContain('90th percentile')
    expect(evidence).toContain('U.S. Bureau of Labor Statistics')
    expect(evidence).toMatch(/May 2024/)
    const tips = await text(brief.getByRole('region', { name: 'Top tips' }))
    expect(tips).toMatch(/\((Mason, Lee, Wiley & Ames 2013|Galinsky & Mussweiler 2001)/)
    await expect.poll(() => brief.locator('.reference-line-ask').count(), WAIT).toBeGreaterThan(0)

    // Browser mode prints with the browser's own dialog; count the call instead of opening it.
    await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1 }')
    await page.getByRole('button', { name: 'Print' }).click()
    expect(await page.evaluate('window.printed')).toBe(1)

    // On paper: no header, navigation, footer or buttons; the brief alone.
    // A US Letter page less its 12 mm margins, as the PDF lays it out.
    await page.setViewportSize({ width: 725, height: 965 })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false)
    expect(await page.locator('.app-footer').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false)
    expect(await brief.isVisible()).toBe(true)
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-negotiate-brief-print.png'), fullPage: true })

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    await writeFile(join(RESULTS_DIR, 'e2e-negotiate-brief.pdf'), pdf)
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []
    expect(pages.length).toBe(1)
    await page.emulateMedia({ media: 'screen' })
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-negotiate-brief.png'), fullPage: true })

    await page.getByRole('button', { name: 'Back to the calculator' }).click()
    expect(await field('Base salary').inputValue()).toBe('150000')
  })

  it('starts from a saved offer imported in My offers', async () => {
    await page.getByRole('button', { name: 'My offers', exact: true }).click()
    await page.getByLabel('Import offers from a JSON export').setInputFiles(FIXTURE)
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported three-offers.json: 3 offers added.' })
      .waitFor(WAIT)
    await page.getByRole('button', { name: 'Negotiate', exact: true }).click()

    await field('Start from a saved offer').selectOption({ label: 'Seattle (Northwind, Seattle, WA)' })
    expect(await field('Job title').inputValue()).toBe('Software Engineer')
    expect(await field('Base salary').inputValue()).toBe('185000')
    expect(await field('Annual bonus').inputValue()).toBe('18500')
    expect(await field('Stock per year').inputValue()).toBe('50000')
    expect(await field('Sign-on bonus').inputValue()).toBe('30000')
    await page.getByText(/^Filled in Seattle \(Northwind, Seattle, WA\)/).waitFor(WAIT)
    // The ask is worked out for the filled-in base: ask − raise = $185,000.
    const status = page.getByRole('status').filter({ hasText: 'more than the offer' }).first()
    await expect
      .poll(async () => {
        const sentence = /base of \$([\d,]+).*?: \$([\d,]+) \([\d.]+%\) more than the offer/.exec(
          await text(status),
        )
        return sentence ? dollars(`$${sentence[1]}`) - dollars(`$${sentence[2]}`) : 0
      }, WAIT)
      .toBe(185000)
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-negotiate-saved-offer.png'), fullPage: true })
  })

  it('negotiates an offer from Compare with the best other offer as the alternative', async () => {
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    const austin = page.getByRole('button', { name: 'Negotiate this offer (Austin)' })
    await austin.waitFor(WAIT)
    await austin.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-compare-negotiate.png') })
    await austin.click()
    expect(await field('Base salary').inputValue()).toBe('165000')
    // San Francisco has the best year-1 total; its total pay a year is 200,000 + 20,000 + 60,000 + 20,000 ÷ 4.
    expect(await field('Best alternative offer').inputValue()).toBe('285000')
    await section('Tips for your situation')
      .getByText('Your other offer pays $285,000 a year', { exact: false })
      .waitFor(WAIT)
  })

  it('made no request outside 127.0.0.1 and hit no script error or CSP violation', () => {
    expect(requested.some((url) => url.includes('/api/negotiate:offer'))).toBe(true)
    expect(foreign).toEqual([])
    expect(problems).toEqual([])
  })
})
