// One ipcMain.handle per channel of the contract. Every call is checked twice: the sender must be Worth's own
// page, and dispatch() validates the input with the channel's zod schema before any handler runs.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, type Reply } from '../shared/contract'
import { dispatch, type Handlers } from '../core/app/dispatch'

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
  handlers: Handlers,
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
      return dispatch(handlers, channel, input)
    })
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
