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
import { EARLY_ANSWER_BOUND_MS, startedAnswerOrAfter } from '../features/estimate/firstEstimate'
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

const PENDING = 'Working out where your offer falls…'
const LOST = {
  ok: false as const,
  error: { code: 'internal' as const, message: 'Worth could not reach its data. Please try again.' },
}
/** The estimate of another base than the draft's, with its own sentence. */
const OTHER_SENTENCE =
  'Your base of $160,000 is at the 70th percentile for Software Developers in the United States'
const OTHER_ESTIMATE = {
  ...SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
  percentile: { ...SOFTWARE_ENGINEER_US_OFFER_ESTIMATE.percentile, sentence: OTHER_SENTENCE },
}

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

  it('asks again when the answer sent at start never comes, and shows the sentence', async () => {
    // The request sent at start is lost: no answer, no error (a dropped connection the browser never reports).
    estimateOffer.mockReturnValueOnce(new Promise(() => undefined))
    expect(startFirstView('#/offer')).toBe(true)
    render(<App />)
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent(PENDING)
    await act(async () => {
      vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS)
    })
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent(SENTENCE)
    expect(estimateOffer).toHaveBeenCalledTimes(2)
    expect(estimateOffer).toHaveBeenLastCalledWith(expect.objectContaining(REQUEST))
  })

  it('asks again at once when the answer sent at start is a failure to reach the backend', async () => {
    estimateOffer.mockResolvedValueOnce(LOST)
    expect(startFirstView('#/offer')).toBe(true)
    render(<App />)
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent(SENTENCE)
    expect(estimateOffer).toHaveBeenCalledTimes(2)
  })

  it('asks again at once when the request sent at start rejects', async () => {
    estimateOffer.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    expect(startFirstView('#/offer')).toBe(true)
    render(<App />)
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent(SENTENCE)
    expect(estimateOffer).toHaveBeenCalledTimes(2)
  })

  it('shows the answer for the draft the form holds when the draft changed after the start (another tab)', async () => {
    estimateOffer.mockImplementation(async (input) => ({
      ok: true,
      value: input.base === 160000 ? OTHER_ESTIMATE : SOFTWARE_ENGINEER_US_OFFER_ESTIMATE,
    }))
    expect(startFirstView('#/offer')).toBe(true)
    const newer = { ...DRAFT, fields: { ...DRAFT.fields, base: '160000' } }
    localStorage.setItem(`${JOURNAL_PREFIX}${OFFER_FORM_DRAFT}`, JSON.stringify({ value: newer, notedAt: 1 }))
    render(<App />)
    await settle()
    expect(screen.getByLabelText('Base salary')).toHaveValue('160000')
    expect(screen.getByRole('status')).toHaveTextContent(OTHER_SENTENCE)
    expect(estimateOffer).toHaveBeenLastCalledWith(expect.objectContaining({ base: 160000 }))
    // The start's attempt is not asked again for a draft nobody holds any more.
    await act(async () => {
      vi.advanceTimersByTime(EARLY_ANSWER_BOUND_MS)
    })
    await settle()
    expect(estimateOffer).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('status')).toHaveTextContent(OTHER_SENTENCE)
  })

  it('keeps what is typed before the answer sent at start arrives, and shows the typed offer’s answer', async () => {
    let answer: (reply: Awaited<ReturnType<typeof api.estimateOffer>>) => void = () => undefined
    estimateOffer.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    estimateOffer.mockResolvedValue({ ok: true, value: OTHER_ESTIMATE })
    expect(startFirstView('#/offer')).toBe(true)
    render(<App />)
    await settle()
    fireEvent.change(screen.getByLabelText('Base salary'), { target: { value: '160000' } })
    answer({ ok: true, value: SOFTWARE_ENGINEER_US_OFFER_ESTIMATE })
    await settle()
    await act(async () => {
      vi.advanceTimersByTime(120)
    })
    await settle()
    expect(screen.getByLabelText('Base salary')).toHaveValue('160000')
    expect(screen.getByRole('status')).toHaveTextContent(OTHER_SENTENCE)
    expect(estimateOffer).toHaveBeenLastCalledWith(expect.objectContaining({ base: 160000 }))
  })

  it('never waits on a draft kept in an older or damaged shape', async () => {
    const journal = `${JOURNAL_PREFIX}${OFFER_FORM_DRAFT}`
    // Not JSON at all: nothing is sent at start (the form reads the database instead).
    localStorage.setItem(journal, '{"value": {"fields": ')
    expect(startFirstView('#/offer')).toBe(false)
    // Fields of the wrong kind, extra fields, a pick that is no code: what the form makes of it is what is sent.
    const odd = {
      fields: { title: 'Software engineer', location: 'United States', base: '150000', years: 5, extra: 'x' },
      soc: 42,
      areaCode: ['no'],
      edited: true,
    }
    localStorage.setItem(journal, JSON.stringify({ value: odd, notedAt: 0 }))
    expect(startFirstView('#/offer')).toBe(true)
    render(<App />)
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent(SENTENCE)
    expect(estimateOffer).toHaveBeenCalledTimes(1)
  })
})
