// One ipcMain.handle per channel of the contract. Every call is checked twice before main relays it to the
// backend process: the sender must be Worth's own page, and the input must pass the channel's zod schema
// (the backend's dispatch() checks it once more before any handler runs).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Channel, type Reply } from '../shared/contract'
import { checkInput } from '../core/app/dispatch'

/** Hands a checked call to whatever answers it (the backend process; in tests, dispatch over fake handlers). */
export type Relay = (channel: Channel, input: unknown) => Promise<Reply<unknown>> | Reply<unknown>

export const FORBIDDEN_REPLY: Reply<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Worth only answers requests from its own window.' },
}

/** The URL of the frame that sent an IPC message, or null when that frame is gone. */
export function senderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  try {
    return event.senderFrame?.url ?? null
  } catch {
    // Reading a destroyed frame throws.
    return null
  }
}

/** Registers every channel; returns a function that removes them again. */
export function registerIpc(
  relay: Relay,
  isTrustedSender: (url: string) => boolean,
  log: (message: string) => void = console.warn,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const url = senderUrl(event)
      if (url === null || !isTrustedSender(url)) {
        log(`Worth refused "${channel}" from ${url ?? 'an unknown frame'}`)
        return FORBIDDEN_REPLY
      }
      const checked = checkInput(channel, input)
      if (!checked.ok) return { ok: false, error: checked.error }
      return relay(channel, input)
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
