import { StrictMode } from 'react'
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import type { Reply } from '../../../shared/contract'
import { useDebouncedReply, type Answered } from './useDebouncedReply'

type Call = (input: { q: string }) => Promise<Reply<string>>

function deferred() {
  let resolve!: (reply: Reply<string>) => void
  const promise = new Promise<Reply<string>>((r) => (resolve = r))
  return { promise, resolve }
}

describe('useDebouncedReply', () => {
  it('waits until the input is still, then sends only the last input', async () => {
    const call = vi.fn<Call>(async ({ q }) => ({ ok: true, value: q.toUpperCase() }))
    const { result, rerender } = renderHook(({ q }) => useDebouncedReply(q ? { q } : null, call, 30), {
      initialProps: { q: 'a' },
    })
    rerender({ q: 'ab' })
    rerender({ q: 'abc' })
    expect(result.current.pending).toBe(true)
    await waitFor(() => expect(result.current.lastGood?.value).toBe('ABC'))
    expect(call).toHaveBeenCalledTimes(1)
    expect(call).toHaveBeenCalledWith({ q: 'abc' })
    expect(result.current.pending).toBe(false)
  })

  it('ignores a reply that arrives after a newer one', async () => {
    const slow = deferred()
    const fast = deferred()
    const call = vi.fn<Call>().mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise)
    const { result, rerender } = renderHook(({ q }) => useDebouncedReply({ q }, call, 5), {
      initialProps: { q: 'old' },
    })
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1))
    rerender({ q: 'new' })
    await waitFor(() => expect(call).toHaveBeenCalledTimes(2))

    await act(async () => fast.resolve({ ok: true, value: 'NEW' }))
    await act(async () => slow.resolve({ ok: true, value: 'OLD' }))

    expect(result.current.latest?.input).toEqual({ q: 'new' })
    expect(result.current.lastGood?.value).toBe('NEW')
  })

  it('keeps the last good value when a later request fails', async () => {
    const call = vi.fn<Call>(async ({ q }) =>
      q === 'bad' ? { ok: false, error: { code: 'no-data', message: 'No data' } } : { ok: true, value: q },
    )
    const { result, rerender } = renderHook(({ q }) => useDebouncedReply({ q }, call, 5), {
      initialProps: { q: 'good' },
    })
    await waitFor(() => expect(result.current.lastGood?.value).toBe('good'))
    rerender({ q: 'bad' })
    await waitFor(() => expect(result.current.latest?.reply.ok).toBe(false))
    expect(result.current.lastGood?.value).toBe('good')
  })

  it('sends nothing for a null input', async () => {
    const call = vi.fn<Call>()
    vi.useFakeTimers()
    const { result } = renderHook(() => useDebouncedReply(null, call, 5))
    await act(() => vi.advanceTimersByTimeAsync(1_000))
    vi.useRealTimers()
    expect(call).not.toHaveBeenCalled()
    expect(result.current.pending).toBe(false)
  })

  it('with firstAtOnce, sends the first request at once and later ones after the wait', async () => {
    vi.useFakeTimers()
    try {
      const call = vi.fn<Call>(async ({ q }) => ({ ok: true, value: q }))
      const { result, rerender } = renderHook(
        ({ q, typed }) => useDebouncedReply({ q }, call, 120, { firstAtOnce: !typed }),
        { initialProps: { q: 'restored', typed: false }, wrapper: StrictMode },
      )
      // No time has passed; StrictMode ran the effect twice, and it was sent once.
      expect(call).toHaveBeenCalledTimes(1)
      await act(async () => {
        await Promise.resolve()
      })
      expect(result.current.lastGood?.value).toBe('restored')

      rerender({ q: 'typed', typed: true })
      await act(() => vi.advanceTimersByTimeAsync(119))
      expect(call).toHaveBeenCalledTimes(1)
      await act(() => vi.advanceTimersByTimeAsync(1))
      expect(call).toHaveBeenLastCalledWith({ q: 'typed' })
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not send a request again while the same one is unanswered', async () => {
    vi.useFakeTimers()
    try {
      const pending = deferred()
      const call = vi.fn<Call>().mockReturnValueOnce(pending.promise)
      const { result, rerender } = renderHook(({ q }) => useDebouncedReply({ q }, call, 20), {
        initialProps: { q: 'a' },
      })
      await act(() => vi.advanceTimersByTimeAsync(20))
      // Typed away and back before the wait was over: the request on its way already asks this.
      rerender({ q: 'ab' })
      rerender({ q: 'a' })
      await act(() => vi.advanceTimersByTimeAsync(20))
      expect(call).toHaveBeenCalledTimes(1)
      await act(async () => pending.resolve({ ok: true, value: 'A' }))
      expect(result.current.lastGood?.value).toBe('A')
      expect(result.current.pending).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows an answer there at the start without sending its request again', async () => {
    vi.useFakeTimers()
    try {
      const call = vi.fn<Call>(async ({ q }) => ({ ok: true, value: q }))
      const answered: Answered<{ q: string }, string> = {
        key: JSON.stringify({ q: 'draft' }),
        input: { q: 'draft' },
        reply: { ok: true, value: 'D' },
      }
      const { result, rerender } = renderHook(
        ({ q }) => useDebouncedReply({ q }, call, 120, { firstAtOnce: true, answered }),
        { initialProps: { q: 'draft' } },
      )
      expect(result.current.lastGood?.value).toBe('D')
      expect(result.current.pending).toBe(false)
      await act(() => vi.advanceTimersByTimeAsync(500))
      expect(call).not.toHaveBeenCalled()
      // A later request goes out after the wait, as any typing does.
      rerender({ q: 'typed' })
      await act(() => vi.advanceTimersByTimeAsync(120))
      expect(call).toHaveBeenCalledWith({ q: 'typed' })
    } finally {
      vi.useRealTimers()
    }
  })

  it('with leading, sends a change after a still moment at once and waits only inside a burst', async () => {
    vi.useFakeTimers()
    try {
      const call = vi.fn<Call>(async ({ q }) => ({ ok: true, value: q }))
      const { result, rerender } = renderHook(
        ({ q }) => useDebouncedReply({ q }, call, 40, { leading: true }),
        { initialProps: { q: '1' }, wrapper: StrictMode },
      )
      // The first input, with no time passed: sent once (StrictMode ran the effect twice).
      expect(call).toHaveBeenCalledTimes(1)
      await act(() => vi.advanceTimersByTimeAsync(100))
      expect(result.current.lastGood?.value).toBe('1')
      expect(call).toHaveBeenCalledTimes(1)

      // A single change (a filled or pasted value, a choice): sent at once.
      rerender({ q: '10' })
      expect(call).toHaveBeenCalledTimes(2)
      expect(call).toHaveBeenLastCalledWith({ q: '10' })
      await act(() => vi.advanceTimersByTimeAsync(100))

      // A burst of keys 10 ms apart: the first goes at once, the last when the burst has been still for 40 ms.
      rerender({ q: '3' })
      expect(call).toHaveBeenLastCalledWith({ q: '3' })
      await act(() => vi.advanceTimersByTimeAsync(10))
      rerender({ q: '35' })
      await act(() => vi.advanceTimersByTimeAsync(10))
      rerender({ q: '350' })
      await act(() => vi.advanceTimersByTimeAsync(39))
      expect(call).toHaveBeenCalledTimes(3)
      expect(result.current.pending).toBe(true)
      await act(() => vi.advanceTimersByTimeAsync(1))
      expect(call).toHaveBeenCalledTimes(4)
      expect(call).toHaveBeenLastCalledWith({ q: '350' })
      await act(() => vi.advanceTimersByTimeAsync(100))
      expect(result.current.lastGood?.value).toBe('350')
      expect(result.current.pending).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})
