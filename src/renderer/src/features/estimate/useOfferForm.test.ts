import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { memoryDraftStore } from '../../db/drafts'
import { AUTOSAVE_DELAY_MS, useOfferForm } from './useOfferForm'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

async function settle() {
  // Let the draft's load() promise resolve.
  await act(async () => {
    await Promise.resolve()
  })
}

describe('useOfferForm', () => {
  it('restores the saved draft on start', async () => {
    const store = memoryDraftStore({
      fields: { title: 'Nurse', base: '90k' },
      soc: '29-1141',
      areaCode: null,
    })
    const { result } = renderHook(() => useOfferForm(store))
    await settle()
    expect(result.current.restored).toBe(true)
    expect(result.current.state.fields).toMatchObject({ title: 'Nurse', base: '90k', location: '' })
    expect(result.current.state.soc).toBe('29-1141')
  })

  it('saves once, about 300 ms after the typing stops', async () => {
    const store = memoryDraftStore()
    const { result } = renderHook(() => useOfferForm(store))
    await settle()
    for (const text of ['1', '15', '150', '150k']) {
      act(() => result.current.dispatch({ type: 'edit', field: 'base', text }))
      act(() => {
        vi.advanceTimersByTime(100)
      })
    }
    expect(store.saved).toEqual([])
    act(() => {
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
    })
    expect(store.saved).toHaveLength(1)
    expect(store.saved[0]).toMatchObject({ fields: { base: '150k' } })
  })

  it('notes every change at once (the journal), before the debounced save', async () => {
    const noted: unknown[] = []
    const store = { ...memoryDraftStore(), note: (value: unknown) => noted.push(value) }
    const { result } = renderHook(() => useOfferForm(store))
    await settle()
    noted.length = 0
    act(() => result.current.dispatch({ type: 'edit', field: 'base', text: '9' }))
    expect(noted).toHaveLength(1)
    expect(noted[0]).toMatchObject({ fields: { base: '9' } })
    expect(store.saved).toEqual([])
  })

  it('saves unsaved typing when the view goes away', async () => {
    const store = memoryDraftStore()
    const { result, unmount } = renderHook(() => useOfferForm(store))
    await settle()
    act(() => result.current.dispatch({ type: 'edit', field: 'title', text: 'Pilot' }))
    unmount()
    expect(store.saved).toHaveLength(1)
    expect(store.saved[0]).toMatchObject({ fields: { title: 'Pilot' } })
  })

  it('does not overwrite typing with a draft that loads late', async () => {
    let release!: (value: unknown) => void
    const store = { ...memoryDraftStore(), load: () => new Promise((resolve) => (release = resolve)) }
    const { result } = renderHook(() => useOfferForm(store))
    act(() => result.current.dispatch({ type: 'edit', field: 'title', text: 'Chef' }))
    await act(async () => release({ fields: { title: 'Old draft' }, soc: null, areaCode: null }))
    expect(result.current.state.fields.title).toBe('Chef')
  })

  it('reports a failed save without losing the form', async () => {
    const store = { load: async () => null, save: vi.fn(async () => Promise.reject(new Error('quota'))) }
    const { result } = renderHook(() => useOfferForm(store))
    await settle()
    act(() => result.current.dispatch({ type: 'edit', field: 'title', text: 'Chef' }))
    await act(async () => {
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS)
      await Promise.resolve()
    })
    expect(result.current.saveError).toMatch(/could not save/)
    expect(result.current.state.fields.title).toBe('Chef')
  })

  it('keeps what is typed while the saved draft is still being read, even if the page goes first', async () => {
    // The database's read never ends (its code still downloading, a fresh profile's database being made).
    const noted: unknown[] = []
    const store = {
      ...memoryDraftStore(),
      load: () => new Promise<unknown>(() => undefined),
      note: (value: unknown) => noted.push(value),
    }
    const { result, unmount } = renderHook(() => useOfferForm(store))
    await settle()
    expect(result.current.restored).toBe(false)
    // Nothing is noted for the empty form: that would hide the draft being read.
    expect(noted).toEqual([])
    act(() => result.current.dispatch({ type: 'edit', field: 'base', text: '150000' }))
    // Noted at once (the next start reads it from the journal) and saved when the page goes.
    expect(noted).toEqual([expect.objectContaining({ fields: expect.objectContaining({ base: '150000' }) })])
    unmount()
    expect(store.saved).toEqual([
      expect.objectContaining({ fields: expect.objectContaining({ base: '150000' }) }),
    ])
  })
})
