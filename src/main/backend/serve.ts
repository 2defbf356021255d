// The backend process's work: load the dataset, then answer each call from main with dispatch() (which
// validates the input again and never returns a stack trace). The port is handed in, so this runs in tests.
import { dispatch, isChannel, type Handlers } from '../../core/app/dispatch'
import type { BackendMessage, CallMessage } from './messages'

/** The side of Electron's parentPort that Worth uses. */
export interface BackendPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown
  postMessage(message: BackendMessage): void
}

function isCall(value: unknown): value is CallMessage {
  if (typeof value !== 'object' || value === null) return false
  const m = value as Record<string, unknown>
  return typeof m.id === 'number' && isChannel(m.channel)
}

export function serveBackend(
  port: BackendPort,
  loadHandlers: () => Handlers,
  log: (message: string) => void = console.error,
): void {
  let handlers: Handlers
  try {
    handlers = loadHandlers()
  } catch (error) {
    log(`Worth's backend could not load the dataset: ${String(error)}`)
    port.postMessage({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) })
    return
  }
  port.on('message', ({ data }) => {
    if (!isCall(data)) return log("Worth's backend ignored a message it could not read")
    port.postMessage({ type: 'reply', id: data.id, reply: dispatch(handlers, data.channel, data.input) })
  })
  port.postMessage({ type: 'ready' })
}
