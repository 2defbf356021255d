// The draft is written as soon as the page is hidden, closed or loses focus, not only when the debounce ends.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryDraftStore, type DraftStore } from '../db/drafts'
import { DRAFT_AUTOSAVE_MS, useDraftedReducer } from './useDraftedReducer'

type State = { text: string }
type Action = { type: 'type'; text: string } | { type: 'restore'; draft: State }
const reducer = (state: State, action: Action): State =>
  action.type === 'type' ? { text: action.text } : { text: action.draft.text }
const readDraft = (stored: unknown) =>
  stored && typeof (stored as State).text === 'string' ? { text: (stored as State).text } : null
const writeDraft = (state: State) => state

function Form({ store }: { store: DraftStore }) {
  const { state, dispatch, restored } = useDraftedReducer<State, Action, State>({
    store,
    reducer,
    initial: () => ({ text: '' }),
    readDraft,
    writeDraft,
  })
  return (
    <>
      <p>{restored ? `restored: ${state.text}` : 'reading'}</p>
      <input
        aria-label="Text"
        value={state.text}
        onChange={(e) => dispatch({ type: 'type', text: e.target.value })}
      />
    </>
  )
}

// Time moves only when the test says: nothing can be saved by the debounce behind the test's back.
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

async function typed(text: string) {
  const store = memoryDraftStore()
  render(<Form store={store} />)
  // The draft is read (a resolved promise), and the first, empty state saved once the debounce ends.
  await act(() => vi.advanceTimersByTimeAsync(DRAFT_AUTOSAVE_MS))
  expect(screen.getByText('restored:')).toBeInTheDocument()
  const before = store.saved.length
  fireEvent.change(screen.getByLabelText('Text'), { target: { value: text } })
  // Nothing is saved before the debounce ends...
  expect(store.saved.slice(before)).toEqual([])
  return { store, before }
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

describe('useDraftedReducer flushes the draft', () => {
  afterEach(() => setVisibility('visible'))

  it.each([
    ['the page is hidden (tab switched, window minimised, app quitting)', () => setVisibility('hidden')],
    ['the page is closed or reloaded', () => window.dispatchEvent(new Event('pagehide'))],
    ['the window loses focus', () => window.dispatchEvent(new Event('blur'))],
  ])('at once when %s', async (_when, leave) => {
    const { store, before } = await typed('Half typed')
    act(leave)
    expect(store.saved.slice(before)).toEqual([{ text: 'Half typed' }])
    // ...and the debounced save does not write it a second time.
    await act(() => vi.advanceTimersByTimeAsync(DRAFT_AUTOSAVE_MS * 2))
    expect(store.saved.slice(before)).toEqual([{ text: 'Half typed' }])
  })

  it('after the debounce otherwise, once', async () => {
    const { store, before } = await typed('Kept')
    await act(() => vi.advanceTimersByTimeAsync(DRAFT_AUTOSAVE_MS - 1))
    expect(store.saved.slice(before)).toEqual([])
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(store.saved.slice(before)).toEqual([{ text: 'Kept' }])
    window.dispatchEvent(new Event('pagehide'))
    expect(store.saved.slice(before)).toEqual([{ text: 'Kept' }])
  })
})

describe('a draft the store can read synchronously', () => {
  it('is in the first render, without asking the store to load it', () => {
    const store = { ...memoryDraftStore(), peek: () => ({ value: { text: 'noted before the reload' } }) }
    const load = vi.spyOn(store, 'load')
    render(<Form store={store} />)
    // No effect or promise has run yet: this is the first render.
    expect(screen.getByText('restored: noted before the reload')).toBeInTheDocument()
    expect(load).not.toHaveBeenCalled()
  })

  it('is read from the store when the journal holds nothing of this form’s shape', async () => {
    const store = { ...memoryDraftStore({ text: 'from the database' }), peek: () => ({ value: 42 }) }
    render(<Form store={store} />)
    expect(screen.getByText('reading')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(screen.getByText('restored: from the database')).toBeInTheDocument()
  })
})
