// The app shell in a real browser (browser mode): the view kept in the URL across a reload and Back, the window
// title, keyboard shortcuts for the views, the dark theme from the system's colour scheme, and a console without
// errors (the CSP's frame-ancestors arrives as a header, not in the meta tag where Chromium would complain).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

describe.skipIf(!chromiumPath)('app shell in a real browser', () => {
  let browser: WorthBrowser
  let page: Page

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-shell-')
    page = browser.page
  })

  afterAll(async () => {
    await browser?.close()
  })

  const current = () => page.locator('nav[aria-label="Views"] [aria-current="page"]')

  it('keeps the view across a reload and Back, and names it in the title', async () => {
    await page.goto(worthUrl)
    await expect.poll(() => page.title()).toBe('My offer — Worth')
    expect(new URL(page.url()).hash).toBe('#/offer')
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await expect.poll(() => page.title()).toBe('Compare — Worth')
    expect(new URL(page.url()).hash).toBe('#/compare')

    await page.reload()
    await expect.poll(() => current().textContent()).toBe('Compare')
    expect(await page.title()).toBe('Compare — Worth')

    await page.goBack()
    await expect.poll(() => current().textContent()).toBe('My offer')
    await page.goForward()
    await expect.poll(() => current().textContent()).toBe('Compare')
  })

  it('switches views with Alt+1..5 (and Ctrl+1..5 where the browser lets the page have it)', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Alt+5')
    await expect.poll(() => current().textContent()).toBe('Negotiate')
    await page.keyboard.press('Alt+2')
    await expect.poll(() => current().textContent()).toBe('Market insights')
    await page.keyboard.press('Control+3')
    await expect.poll(() => current().textContent()).toBe('My offers')
    expect(new URL(page.url()).hash).toBe('#/offers')
  })

  it('follows a dark system theme, and the Appearance setting overrides it', async () => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(`${worthUrl}#/offer`)
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    const background = async () =>
      String(await page.evaluate('getComputedStyle(document.documentElement).backgroundColor'))
    expect(await background()).toBe('rgb(15, 23, 42)')
    // The footer names the data by its releases once the data is there.
    await expect
      .poll(() => page.locator('footer').textContent(), { timeout: 20_000 })
      .toContain('BLS OEWS May 2024, DOL OFLC 2025-26')

    await page.getByLabel('Appearance').selectOption('light')
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light')
    await page.reload()
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light')
    expect(await background()).toBe('rgb(241, 245, 249)')
    await page.getByLabel('Appearance').selectOption('system')
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light')
  })

  it('sends frame-ancestors as a header, and the console stayed free of errors with no outside request', async () => {
    const response = await page.request.get(worthUrl)
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(await response.text()).not.toContain('frame-ancestors')
    expect(browser.problems).toEqual([])
    expect(browser.foreign).toEqual([])
  })
})
