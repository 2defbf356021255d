// Calls the backend after the input has been still for `delayMs`, and keeps the newest reply.
// A reply to an older request that arrives after a newer one is ignored, so results never go backwards.
// With `firstAtOnce`, the first request is sent without the wait (e.g. a form restored from its draft, where
// nothing is being typed): the debounce is for a burst of typing. With `leading`, every change that comes after the
// input has been still for `delayMs` is sent at once (a choice, a pasted or filled value, the first key of a burst),
// and only the changes that follow it within `delayMs` wait until the input is still again.
import { useEffect, useRef, useState } from 'react'
import type { Reply } from '../../../shared/contract'

export interface Answered<I, T> {
  /** The request's identity (its JSON). */
  key: string
  input: I
  reply: Reply<T>
}

export interface DebouncedReply<I, T> {
  /** The newest reply received, ok or not. */
  latest: Answered<I, T> | null
  /** The newest successful reply, kept while later requests fail so the last good result can stay on screen. */
  lastGood: { key: string; input: I; value: T } | null
  /** True while the current input has been sent (or is about to be) but not yet answered. */
  pending: boolean
  /** The current input's key, or null when there is nothing to ask. */
  key: string | null
}

export interface DebouncedReplyOptions {
  /** While true, the first request goes out at once instead of after `delayMs` (later requests always wait). */
  firstAtOnce?: boolean
  /** An answer already there at the first render (read once): shown at once, and its request is not sent. */
  answered?: Answered<unknown, unknown> | null
  /** A change after `delayMs` of stillness goes out at once; only the rest of a burst waits (see above). */
  leading?: boolean
}

/** `call` must be stable (e.g. a module-level function), or every render would start a new request. */
export function useDebouncedReply<I, T>(
  input: I | null,
  call: (input: I) => Promise<Reply<T>>,
  delayMs: number,
  { firstAtOnce = false, answered = null, leading = false }: DebouncedReplyOptions = {},
): DebouncedReply<I, T> {
  const key = input === null ? null : JSON.stringify(input)
  const [start] = useState(() => answered as Answered<I, T> | null)
  const [latest, setLatest] = useState<Answered<I, T> | null>(start)
  const [lastGood, setLastGood] = useState<DebouncedReply<I, T>['lastGood']>(() =>
    start?.reply.ok ? { key: start.key, input: start.input, value: start.reply.value } : null,
  )
  const sent = useRef(0)
  /** The key of the newest request sent while it is unanswered, so the same request is not sent twice at once. */
  const waitingFor = useRef<string | null>(null)
  const applied = useRef(0)
  /** The key of the newest request sent (answered or not). */
  const lastSent = useRef<string | null>(null)
  /** The newest input the effect has seen. */
  const lastKey = useRef<string | null>(null)
  /** Runs out `delayMs` after the newest change: while it runs, changes are a burst (on the same clock as the wait). */
  const burst = useRef<ReturnType<typeof setTimeout> | null>(null)
  const mounted = useRef(false)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      if (burst.current !== null) clearTimeout(burst.current)
      burst.current = null
    }
  }, [])

  useEffect(() => {
    if (key === null) return
    const changed = lastKey.current !== key
    const still = burst.current === null
    if (changed) lastKey.current = key
    if (changed && leading) {
      if (burst.current !== null) clearTimeout(burst.current)
      burst.current = setTimeout(() => {
        burst.current = null
      }, delayMs)
    }
    // The effect ran again for the input already asked (StrictMode, a new delay): nothing new to ask.
    if (!changed && lastSent.current === key) return
    // Nothing sent yet, and the answer there at the start is this request's.
    if (sent.current === 0 && key === start?.key) return
    const send = (): void => {
      // The newest request, still unanswered, already asks this (typing that came back to it, an effect run twice).
      if (waitingFor.current === key) return
      waitingFor.current = key
      lastSent.current = key
      sent.current += 1
      const order = sent.current
      const request = JSON.parse(key) as I
      void call(request).then((reply) => {
        if (waitingFor.current === key) waitingFor.current = null
        if (!mounted.current || order < applied.current) return
        applied.current = order
        setLatest({ key, input: request, reply })
        if (reply.ok) setLastGood({ key, input: request, value: reply.value })
      })
    }
    if ((firstAtOnce && sent.current === 0) || (leading && changed && still)) {
      send()
      return
    }
    const timer = setTimeout(send, delayMs)
    // A request already sent still lands after the input changes (it is newer than what is shown).
    return () => clearTimeout(timer)
  }, [key, call, delayMs, firstAtOnce, leading, start])

  return { latest, lastGood, pending: key !== null && latest?.key !== key, key }
}
