// The first view of a returning user (issue 13): the offer typed last time is restored from its journal in the
// first render, its estimate goes out without the typing debounce (before React is loaded: main.ts starts it),
// and the percentile sentence is in the live region before the chart's code has loaded.
// Timers are fake and never advanced: anything waiting on the 120 ms debounce would never happen.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EstimateInput } from '../../../shared/contract'
import { JOURNAL_PREFIX, memoryDraftStore, OFFER_FORM_DRAFT } from '../db/drafts'
import * as api from '../lib/api'
import { SOFTWARE_ENGINEER_US_OFFER_ESTIMATE } from '../../../../test/fixtures/replies'
import { startedAnswerOrAfter } from '../features/estimate/firstEstimate'
import { App } from './App'
import { startFirstView } from './firstView'

vi.mock('../lib/api', () => ({
  searchTitles: vi.fn(async () => ({ ok: true, value: { query: '', suggestions: [], occupations: [] } })),
  searchLocations: vi.fn(async () => ({ ok: true, value: { query: '', matches: [], ambiguous: false } })),
  estimateOffer: vi.fn(),
  datasetInfo: vi.fn(async () => ({ ok: false, error: { code: 'internal', message: 'Not in this test.' } })),
}))

// The chart's module (recharts) arrives only when the test lets it.
const chartModule = vi.hoisted(() => {
  let arrive: () => void = () => undefined
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve
  })
  return { arrive, arrived, loaded: false }
})
vi.mock('../features/estimate/components/MarketChart', async (importOriginal) => {
  await chartModule.arrived
  chartModule.loaded = true
  return importOriginal()
})

const estimateOffer = vi.mocked(api.estimateOffer)
const DRAFT = {
  fields: { title: 'Software engineer', location: 'United States', years: '', base: '150000' },
  soc: null,
  areaCode: null,
}
const REQUEST: EstimateInput = { title: 'Software engineer', location: 'United States', base: 150000 }
const SENTENCE =
  'Your base of $150,000 is at the 63rd percentile for Software Developers in the United States'

/** Lets promises and React's effects run, without moving the (fake) clock. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1)
    await act(async () => {
      await Promise.resolve()
    })
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  estimateOffer.mockReset()
  estimateOffer.mockResolvedValue({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE })
  // The offer typed last time, as the journal keeps it (db/drafts.ts).
  localStorage.setItem(`${JOURNAL_PREFIX}${OFFER_FORM_DRAFT}`, JSON.stringify({ value: DRAFT, notedAt: 0 }))
})

afterEach(() => {
  vi.useRealTimers()
})

describe('the first view', () => {
  it('sends the draft’s estimate before the first render, and the view takes its answer', async () => {
    expect(startFirstView('#/offer')).toBe(true)
    expect(estimateOffer).toHaveBeenCalledTimes(1)
    expect(estimateOffer).toHaveBeenCalledWith(expect.objectContaining(REQUEST))

    render(<App />)
    // The form is filled in the first render, from the journal.
    expect(screen.getByRole('combobox', { name: 'Job title' })).toHaveValue('Software engineer')
    await settle()
    expect(within(screen.getByRole('status')).getByText(SENTENCE)).toBeInTheDocument()
    expect(estimateOffer).toHaveBeenCalledTimes(1)
  })

  it('shows the percentile sentence in the live region before the chart’s code has loaded', async () => {
    render(<App />)
    await settle()
    // No timer has run: the first estimate did not wait for the debounce.
    expect(estimateOffer).toHaveBeenCalledTimes(1)
    expect(estimateOffer).toHaveBeenCalledWith(expect.objectContaining(REQUEST))
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent(SENTENCE)
    // The table alternative is there; the chart waits for its module.
    const market = screen.getByRole('region', { name: /^Base pay for Software Developers/ })
    expect(within(market).getByRole('table')).toBeInTheDocument()
    expect(chartModule.loaded).toBe(false)
    expect(market.querySelector('.chart-loading')).not.toBeNull()

    chartModule.arrive()
    await vi.waitFor(() => expect(market.querySelector('svg.recharts-surface')).not.toBeNull(), {
      timeout: 15_000,
      interval: 20,
    })
    expect(chartModule.loaded).toBe(true)
  })

  it('starts nothing when another view opens first, or when the draft is not a complete offer', () => {
    expect(startFirstView('#/compare')).toBe(false)
    localStorage.clear()
    expect(startFirstView('#/offer', memoryDraftStore(DRAFT))).toBe(false)
    expect(estimateOffer).not.toHaveBeenCalled()
  })

  it('lets the first render wait for the answer sent at start, up to a limit', async () => {
    let answer: (reply: Awaited<ReturnType<typeof api.estimateOffer>>) => void = () => undefined
    estimateOffer.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    expect(startFirstView('#/offer')).toBe(true)
    let ready = false
    void startedAnswerOrAfter(100).then(() => (ready = true))
    await settle()
    expect(ready).toBe(false)
    answer({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE })
    await settle()
    expect(ready).toBe(true)

    // An answer that is late: the wait ends after the limit.
    estimateOffer.mockReturnValueOnce(new Promise(() => undefined))
    expect(startFirstView('#/offer')).toBe(true)
    ready = false
    void startedAnswerOrAfter(100).then(() => (ready = true))
    await act(async () => {
      vi.advanceTimersByTime(99)
    })
    expect(ready).toBe(false)
    await act(async () => {
      vi.advanceTimersByTime(1)
    })
    expect(ready).toBe(true)

    // Nothing sent at start: no wait at all.
    localStorage.clear()
    expect(startFirstView('#/offer')).toBe(false)
    await expect(startedAnswerOrAfter(100)).resolves.toBeUndefined()
  })

  it('waits for the typing to stop once the user has typed', async () => {
    // An empty form noted last time (so the database, where an earlier test's draft may be, is not read).
    const empty = { fields: {}, soc: null, areaCode: null }
    localStorage.setItem(`${JOURNAL_PREFIX}${OFFER_FORM_DRAFT}`, JSON.stringify({ value: empty, notedAt: 0 }))
    render(<App />)
    await settle()
    expect(estimateOffer).not.toHaveBeenCalled()
    // Typing a complete offer: nothing goes out until the debounce has run.
    fireEvent.change(screen.getByRole('combobox', { name: 'Job title' }), { target: { value: 'Nurse' } })
    fireEvent.change(screen.getByRole('combobox', { name: 'Location' }), { target: { value: 'Ohio' } })
    fireEvent.change(screen.getByLabelText('Base salary'), { target: { value: '90000' } })
    await settle()
    expect(estimateOffer).not.toHaveBeenCalled()
    await act(async () => {
      vi.advanceTimersByTime(120)
    })
    await settle()
    expect(estimateOffer).toHaveBeenCalledTimes(1)
    expect(estimateOffer).toHaveBeenCalledWith(expect.objectContaining({ title: 'Nurse', base: 90000 }))
  })
})
