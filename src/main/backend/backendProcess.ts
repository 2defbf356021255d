// Main's side of the backend process: forks it, relays calls to it, and hands back its replies. The window
// never waits for it: calls made while it loads wait in a queue. If it dies, pending calls get a plain error,
// it is started once more and the page is told; a second death is final and the page shows an error screen.
import type { Channel, Reply } from '../../shared/contract'
import { isBackendMessage, type CallMessage } from './messages'

/** The side of Electron's UtilityProcess that Worth uses. */
export interface BackendChild {
  postMessage(message: CallMessage): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  kill(): boolean
}

export interface BackendOptions {
  fork(): BackendChild
  /** 'restarted' after the first unexpected exit, 'failed' after the second. */
  onState(state: 'restarted' | 'failed'): void
  /** The dataset could not be read: nothing to restart, main explains and quits. */
  onLoadFailed(message: string): void
  log?: (message: string) => void
}

export interface Backend {
  call(channel: Channel, input: unknown): Promise<Reply<unknown>>
  stop(): void
}

export const BACKEND_STOPPED: Reply<never> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Worth’s data engine stopped while answering. It has been restarted: please try again.',
  },
}
export const BACKEND_GONE: Reply<never> = {
  ok: false,
  error: { code: 'internal', message: 'Worth’s data engine has stopped. Close Worth and open it again.' },
}

/** How many unexpected exits are followed by a restart. */
export const RESTARTS = 1

export function startBackend(options: BackendOptions): Backend {
  const log = options.log ?? console.error
  const pending = new Map<number, (reply: Reply<unknown>) => void>()
  let queue: CallMessage[] = []
  let nextId = 1
  let child: BackendChild | null = null
  let ready = false
  let deaths = 0
  let finished = false

  function settleAll(reply: Reply<unknown>): void {
    for (const resolve of pending.values()) resolve(reply)
    pending.clear()
    queue = []
  }

  function spawn(): void {
    ready = false
    const current = options.fork()
    child = current
    current.on('message', (message) => {
      if (current !== child) return
      if (!isBackendMessage(message)) return log('Worth: the backend sent a message main could not read')
      if (message.type === 'ready') {
        ready = true
        for (const call of queue) current.postMessage(call)
        queue = []
      } else if (message.type === 'load-failed') {
        finished = true
        settleAll(BACKEND_GONE)
        options.onLoadFailed(message.message)
      } else {
        pending.get(message.id)?.(message.reply)
        pending.delete(message.id)
      }
    })
    current.on('exit', (code) => {
      if (current !== child || finished) return
      child = null
      deaths += 1
      log(`Worth: the backend process stopped (exit code ${code})`)
      if (deaths > RESTARTS) {
        finished = true
        settleAll(BACKEND_GONE)
        options.onState('failed')
        return
      }
      settleAll(BACKEND_STOPPED)
      spawn()
      options.onState('restarted')
    })
  }

  spawn()
  return {
    call(channel, input) {
      if (finished || !child) return Promise.resolve(BACKEND_GONE)
      const message: CallMessage = { id: nextId++, channel, input }
      return new Promise((resolve) => {
        pending.set(message.id, resolve)
        if (ready) child!.postMessage(message)
        else queue.push(message)
      })
    },
    stop() {
      finished = true
      settleAll(BACKEND_GONE)
      child?.kill()
      child = null
    },
  }
}
