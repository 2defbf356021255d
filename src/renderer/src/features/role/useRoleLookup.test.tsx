// When the role fields ask for suggestions: what is typed at once (the keystroke budget), the text a field opens
// with only after a short wait (the restored draft's estimate goes first).
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '../../lib/api'
import { passTime } from '../../test/clock'
import { answerRoleSearches } from '../../test/roleSearches'
import { OPENING_TEXT_DELAY_MS, useTitleSearch } from './useRoleLookup'

vi.mock('../../lib/api', () => ({ searchTitles: vi.fn(), searchLocations: vi.fn() }))
const searches = vi.mocked(api)

beforeEach(() => {
  // The clock moves only when the test moves it, so "not yet" cannot pass by on a slow machine.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] })
  answerRoleSearches(searches)
})
afterEach(() => vi.clearAllMocks())

const queries = () => searches.searchTitles.mock.calls.map(([input]) => input.query)

describe('useTitleSearch', () => {
  it('waits before searching the text the field opened with, then asks for each change at once', async () => {
    const { result, rerender } = renderHook(({ text }) => useTitleSearch(text), {
      initialProps: { text: 'Software Engineer' },
    })
    await passTime(OPENING_TEXT_DELAY_MS - 1)
    expect(queries()).toEqual([])
    await passTime(1)
    expect(queries()).toEqual(['Software Engineer'])
    await act(async () => {})
    expect(result.current.length).toBeGreaterThan(0)
    const shown = result.current
    // Options stay the same objects until a reply changes them.
    rerender({ text: 'Software Engineer' })
    expect(result.current).toBe(shown)

    rerender({ text: 'Software Engineer I' })
    await passTime(0)
    expect(queries()).toEqual(['Software Engineer', 'Software Engineer I'])
  })

  it('asks at once for what is typed into a field that opened empty', async () => {
    const { rerender } = renderHook(({ text }) => useTitleSearch(text), { initialProps: { text: '' } })
    rerender({ text: 'N' })
    await passTime(0)
    expect(queries()).toEqual(['N'])
  })
})
