// One real browser session for an e2e test file: Debian's Chromium through playwright-core, a throwaway profile,
// and every request recorded. Anything not on Worth's own 127.0.0.1 origin is aborted and listed in `foreign`,
// so each test can assert that Worth made no network request; page errors and console errors land in `problems`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { CHROMIUM_ARGS } from '../../scripts/browser/chromiumArgs'

export interface WorthBrowser {
  context: BrowserContext
  page: Page
  requested: string[]
  foreign: string[]
  problems: string[]
  close(): Promise<void>
}

export async function openWorthBrowser(
  chromiumPath: string,
  worthUrl: string,
  profilePrefix: string,
): Promise<WorthBrowser> {
  const requested: string[] = []
  const foreign: string[] = []
  const problems: string[] = []
  // A throwaway profile: the test never sees or touches anyone's real data.
  const userDataDir = await mkdtemp(join(tmpdir(), profilePrefix))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  })
  const origin = new URL(worthUrl).origin
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    requested.push(url)
    if (new URL(url).origin === origin) await route.continue()
    else {
      foreign.push(url)
      await route.abort('blockedbyclient')
    }
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`)
    }
  })
  return {
    context,
    page,
    requested,
    foreign,
    problems,
    async close() {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
