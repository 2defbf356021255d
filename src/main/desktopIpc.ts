// Registers the desktop-only channels (file dialogs, PDF) on ipcMain, with the same two checks as the data
// channels: the sender must be Worth's own page, and the input must pass the channel's zod schema.
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { DESKTOP_CHANNELS, desktopSchemas, type DesktopChannel, type DesktopReply } from '../shared/desktop'
import { DesktopFileError, openText, savePdf, saveText, type DesktopIo } from './desktopFiles'
import { senderUrl } from './ipc'

export const DESKTOP_FORBIDDEN: DesktopReply<never> = {
  ok: false,
  message: 'Worth only answers requests from its own window.',
}

type Run = (io: DesktopIo, input: never) => Promise<unknown>
const RUN: Record<DesktopChannel, Run> = {
  'file:saveText': saveText as Run,
  'file:openText': openText as Run,
  'file:savePdf': savePdf as Run,
}

const FAILED: Record<DesktopChannel, string> = {
  'file:saveText': 'Worth could not save the file. Check that the folder exists and you may write to it.',
  'file:openText': 'Worth could not read that file. Nothing was imported.',
  'file:savePdf':
    'Worth could not save the brief as a PDF. Check that the folder exists and you may write to it.',
}

/** Answers one desktop call: checks sender and input, runs it, and turns failures into a message to show. */
export async function answerDesktop(
  channel: DesktopChannel,
  url: string | null,
  input: unknown,
  isTrustedSender: (url: string) => boolean,
  io: () => DesktopIo,
  log: (message: string) => void = console.warn,
): Promise<DesktopReply<unknown>> {
  if (url === null || !isTrustedSender(url)) {
    log(`Worth refused "${channel}" from ${url ?? 'an unknown frame'}`)
    return DESKTOP_FORBIDDEN
  }
  const parsed = desktopSchemas[channel].safeParse(input ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, message: `${issue?.path.join('.') || 'input'} ${issue?.message ?? 'is invalid'}` }
  }
  try {
    return { ok: true, value: await RUN[channel](io(), parsed.data as never) }
  } catch (error) {
    if (error instanceof DesktopFileError) return { ok: false, message: error.message }
    log(`Worth: "${channel}" failed: ${String(error)}`)
    return { ok: false, message: FAILED[channel] }
  }
}

/** Registers the desktop channels; `ioFor` builds the dialogs/files/PDF access for the window that asked. */
export function registerDesktopIpc(
  isTrustedSender: (url: string) => boolean,
  ioFor: (event: IpcMainInvokeEvent) => DesktopIo,
  log: (message: string) => void = console.warn,
): () => void {
  for (const channel of DESKTOP_CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) =>
      answerDesktop(channel, senderUrl(event), input, isTrustedSender, () => ioFor(event), log),
    )
  }
  return () => {
    for (const channel of DESKTOP_CHANNELS) ipcMain.removeHandler(channel)
  }
}
