import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../core/app/dispatch'
import { fakeHandlers } from '../../core/testing/fakeHandlers'
import { BACKEND_GONE, BACKEND_STOPPED, startBackend, type BackendChild } from './backendProcess'
import type { CallMessage } from './messages'
import { serveBackend } from './serve'

/** A child whose side main talks to; `ready()` and `answer()` play the backend by hand. */
function manualChild() {
  const message: ((m: unknown) => void)[] = []
  const exit: ((code: number) => void)[] = []
  const sent: CallMessage[] = []
  const child: BackendChild & {
    sent: CallMessage[]
    ready(): void
    answer(m: CallMessage): void
    die(): void
    say(m: unknown): void
  } = {
    sent,
    postMessage: (m) => sent.push(m),
    on: ((event: string, listener: (v: never) => void) => {
      if (event === 'message') message.push(listener as (m: unknown) => void)
      else exit.push(listener as (c: number) => void)
    }) as BackendChild['on'],
    kill: vi.fn(() => true),
    ready: () => message.forEach((l) => l({ type: 'ready' })),
    answer: (m) =>
      message.forEach((l) =>
        l({ type: 'reply', id: m.id, reply: dispatch(fakeHandlers(), m.channel, m.input) }),
      ),
    die: () => exit.forEach((l) => l(1)),
    say: (m) => message.forEach((l) => l(m)),
  }
  return child
}

function harness() {
  const children: ReturnType<typeof manualChild>[] = []
  const states: string[] = []
  const loadFailed = vi.fn()
  const backend = startBackend({
    fork: () => {
      const child = manualChild()
      children.push(child)
      return child
    },
    onState: (state) => states.push(state),
    onLoadFailed: loadFailed,
    log: () => {},
  })
  return { backend, children, states, loadFailed }
}

describe('startBackend', () => {
  it('queues calls made while the dataset loads, sends them when ready, and matches replies by id', async () => {
    const { backend, children } = harness()
    const first = backend.call('titles:search', { query: 'nurse' })
    const second = backend.call('dataset:info', {})
    expect(children[0]!.sent).toEqual([])
    children[0]!.ready()
    expect(children[0]!.sent.map((m) => m.channel)).toEqual(['titles:search', 'dataset:info'])
    children[0]!.answer(children[0]!.sent[1]!)
    children[0]!.answer(children[0]!.sent[0]!)
    expect(await first).toEqual({ ok: true, value: { query: 'nurse', suggestions: [], occupations: [] } })
    expect(await second).toMatchObject({ ok: true })
  })

  it('ignores messages it cannot read', async () => {
    const { backend, children } = harness()
    children[0]!.ready()
    const call = backend.call('titles:search', { query: 'x' })
    children[0]!.say({ type: 'reply', id: 'one' })
    children[0]!.say(null)
    children[0]!.answer(children[0]!.sent[0]!)
    expect(await call).toMatchObject({ ok: true })
  })

  it('on a death: pending calls get a plain error, one restart, the page is told; then calls work again', async () => {
    const { backend, children, states } = harness()
    children[0]!.ready()
    const lost = backend.call('titles:search', { query: 'x' })
    children[0]!.die()
    expect(await lost).toEqual(BACKEND_STOPPED)
    expect(states).toEqual(['restarted'])
    expect(children).toHaveLength(2)
    const again = backend.call('titles:search', { query: 'y' })
    children[1]!.ready()
    children[1]!.answer(children[1]!.sent[0]!)
    expect(await again).toMatchObject({ ok: true })

    children[1]!.die()
    expect(states).toEqual(['restarted', 'failed'])
    expect(children).toHaveLength(2)
    expect(await backend.call('titles:search', { query: 'z' })).toEqual(BACKEND_GONE)
  })

  it('does not restart a backend that could not read the dataset', async () => {
    const { backend, children, loadFailed, states } = harness()
    const call = backend.call('dataset:info', {})
    children[0]!.say({ type: 'load-failed', message: 'ENOENT' })
    expect(loadFailed).toHaveBeenCalledWith('ENOENT')
    expect(await call).toEqual(BACKEND_GONE)
    children[0]!.die()
    expect(states).toEqual([])
    expect(children).toHaveLength(1)
  })

  it('stop() kills the process without a restart', () => {
    const { backend, children, states } = harness()
    backend.stop()
    expect(children[0]!.kill).toHaveBeenCalled()
    children[0]!.die()
    expect(states).toEqual([])
  })
})

describe('serveBackend', () => {
  function port() {
    const sent: unknown[] = []
    let listener: ((event: { data: unknown }) => void) | undefined
    return {
      sent,
      on: (_event: 'message', l: (event: { data: unknown }) => void) => (listener = l),
      postMessage: (m: unknown) => sent.push(m),
      deliver: (data: unknown) => listener?.({ data }),
    }
  }

  it('says ready, answers calls through dispatch (validating again), and ignores garbage', () => {
    const p = port()
    serveBackend(p, fakeHandlers, () => {})
    expect(p.sent).toEqual([{ type: 'ready' }])
    p.deliver({ id: 7, channel: 'titles:search', input: { query: 'nurse' } })
    p.deliver({ id: 8, channel: 'titles:search', input: { query: 42 } })
    p.deliver({ id: 9, channel: 'toString', input: {} })
    p.deliver('hello')
    expect(p.sent.slice(1)).toEqual([
      {
        type: 'reply',
        id: 7,
        reply: { ok: true, value: { query: 'nurse', suggestions: [], occupations: [] } },
      },
      { type: 'reply', id: 8, reply: expect.objectContaining({ ok: false }) },
    ])
  })

  it('reports a dataset it cannot load, and answers nothing', () => {
    const p = port()
    serveBackend(
      p,
      () => {
        throw new Error('ENOENT: metadata.json')
      },
      () => {},
    )
    expect(p.sent).toEqual([{ type: 'load-failed', message: 'ENOENT: metadata.json' }])
  })
})
