// main's ipc registration, derived from the contract's channel table: one ipcMain.handle per channel. Every call
// is checked twice before anything answers it: the sender must be Worth's own page, and the input must pass the
// channel's zod schema. Then a backend channel is relayed to the backend process (whose dispatch() checks the
// input once more before any handler runs) and a desktop-only channel is answered by main (desktopIpc.ts).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import {
  ALL_CHANNELS,
  channels,
  type AnyChannel,
  type Channel,
  type DesktopChannel,
  type Reply,
} from '../shared/contract'
import { checkInput } from '../core/app/dispatch'

/** Hands a checked call to whatever answers it (the backend process; in tests, dispatch over fake handlers). */
export type Relay = (channel: Channel, input: unknown) => Promise<Reply<unknown>> | Reply<unknown>

/** Answers a checked desktop-only call for the window that sent it (desktopIpc.ts). */
export type DesktopAnswer = (
  channel: DesktopChannel,
  input: unknown,
  event: IpcMainInvokeEvent,
) => Promise<Reply<unknown>>

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

const isDesktopChannel = (channel: AnyChannel): channel is DesktopChannel =>
  'desktopOnly' in channels[channel]

/** Registers every channel of the table; returns a function that removes them again. */
export function registerIpc(
  relay: Relay,
  desktop: DesktopAnswer,
  isTrustedSender: (url: string) => boolean,
  log: (message: string) => void = console.warn,
): () => void {
  for (const channel of ALL_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const url = senderUrl(event)
      if (url === null || !isTrustedSender(url)) {
        log(`Worth refused "${channel}" from ${url ?? 'an unknown frame'}`)
        return FORBIDDEN_REPLY
      }
      const checked = checkInput(channel, input)
      if (!checked.ok) return { ok: false, error: checked.error }
      return isDesktopChannel(channel) ? desktop(channel, checked.input, event) : relay(channel, input)
    })
  }
  return () => {
    for (const channel of ALL_CHANNELS) ipcMain.removeHandler(channel)
  }
}
