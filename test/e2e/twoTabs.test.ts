// Two tabs of browser mode on the same saved offers (two pages in one browser context share the database): each
// list follows the other's changes, a save of an offer changed in the other tab asks instead of overwriting, and
// an offer deleted in one tab is not re-created by the other. No change is lost.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openWorthBrowser, type WorthBrowser } from './browser'

const chromiumPath = inject('chromiumPath')
const worthUrl = inject('worthUrl')

describe.skipIf(!chromiumPath)('two tabs editing the same saved offers', () => {
  let browser: WorthBrowser
  let a: Page
  let b: Page
  const pageProblems: string[] = []

  beforeAll(async () => {
    browser = await openWorthBrowser(chromiumPath!, worthUrl, 'worth-e2e-tabs-')
    a = browser.page
    b = await browser.context.newPage()
    b.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`))
    for (const page of [a, b]) {
      await page.goto(worthUrl)
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'My offers' }).click()
    }
  })

  afterAll(async () => {
    await browser?.close()
  })

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })
  const rows = (page: Page) => page.locator('table.offer-list tbody th[scope="row"]')
  const listOf = (page: Page) => expect.poll(() => rows(page).allTextContents(), { timeout: 15_000 })
  const said = (page: Page, text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).waitFor({ timeout: 15_000 })

  async function edit(page: Page, label: string) {
    await page.getByRole('button', { name: `Edit ${label}`, exact: true }).click()
    await page.getByRole('heading', { name: `Edit “${label}”` }).waitFor()
  }

  it('shows an offer saved in one tab in the other, without a reload', async () => {
    await field(a, 'Offer name').fill('Seattle')
    await field(a, 'Job title').fill('Software Developer')
    await field(a, 'Location').fill('Seattle, WA')
    await field(a, 'Base salary').fill('165000')
    await a.getByRole('button', { name: 'Save offer' }).click()
    await said(a, 'Saved “Seattle”.')
    await listOf(b).toEqual(['Seattle'])
  })

  it('asks tab A, whose edit started before tab B saved, and keeps both changes', async () => {
    await edit(a, 'Seattle')
    await edit(b, 'Seattle')
    await field(a, 'Base salary').fill('170000')
    await field(b, 'Notes').fill('Written in tab B')
    await b.getByRole('button', { name: 'Save changes' }).click()
    await said(b, 'Saved “Seattle”.')

    await a.getByRole('button', { name: 'Save changes' }).click()
    const alert = a.getByRole('alert')
    await alert.getByText('“Seattle” was changed in another tab or window').waitFor({ timeout: 15_000 })
    expect(await alert.textContent()).toContain('different notes')
    await alert.getByRole('button', { name: 'Keep both' }).click()
    await said(a, /^Saved your version as “Seattle \(copy\)”/)

    // Both tabs list both versions, and each holds its tab's change.
    await listOf(a).toEqual(['Seattle', 'Seattle (copy)'])
    await listOf(b).toEqual(['Seattle', 'Seattle (copy)'])
    await edit(b, 'Seattle')
    expect(await field(b, 'Notes').inputValue()).toBe('Written in tab B')
    expect(await field(b, 'Base salary').inputValue()).toBe('165000')
    await edit(b, 'Seattle (copy)')
    expect(await field(b, 'Base salary').inputValue()).toBe('170000')
    expect(await field(b, 'Notes').inputValue()).toBe('')
    await b.getByRole('button', { name: 'Stop editing' }).click()
  })

  it('does not re-create in tab A an offer deleted in tab B', async () => {
    await edit(a, 'Seattle (copy)')
    await field(a, 'Notes').fill('Typed in tab A after tab B deleted it')
    await b.getByRole('button', { name: 'Delete Seattle (copy)' }).click()
    await listOf(a).toEqual(['Seattle'])

    await a.getByRole('button', { name: 'Save changes' }).click()
    const alert = a.getByRole('alert')
    await alert
      .getByText('“Seattle (copy)” was deleted in another tab or window')
      .waitFor({ timeout: 15_000 })
    await listOf(b).toEqual(['Seattle'])
    // Asked, tab A can still keep its text as a saved offer again: nothing typed is lost.
    await alert.getByRole('button', { name: 'Save mine again' }).click()
    await listOf(b).toEqual(['Seattle', 'Seattle (copy)'])
    await edit(b, 'Seattle (copy)')
    expect(await field(b, 'Notes').inputValue()).toBe('Typed in tab A after tab B deleted it')
  })

  it('made no request outside Worth and had no page errors', () => {
    expect(browser.foreign).toEqual([])
    expect([...browser.problems, ...pageProblems]).toEqual([])
  })
})
