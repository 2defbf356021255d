// main's answers to the desktop-only channels of the table (file dialogs, PDF). ipc.ts registers them with every
// other channel, so they get the same two checks first: the sender must be Worth's own page, and the input must
// pass the channel's zod schema. Here they run, and failures become a reply with a message to show.
import type { ChannelResult, DesktopChannel, ParsedInput, Reply } from '../shared/contract'
import { DesktopFileError, openText, savePdf, saveText, type DesktopIo } from './desktopFiles'

/** What each desktop channel does, given the dialogs and files of the window that asked. */
const RUN: { [C in DesktopChannel]: (io: DesktopIo, input: ParsedInput<C>) => Promise<ChannelResult<C>> } = {
  'file:saveText': saveText,
  'file:openText': openText,
  'file:savePdf': savePdf,
}

const FAILED: Record<DesktopChannel, string> = {
  'file:saveText': 'Worth could not save the file. Check that the folder exists and you may write to it.',
  'file:openText': 'Worth could not read that file. Nothing was imported.',
  'file:savePdf':
    'Worth could not save the brief as a PDF. Check that the folder exists and you may write to it.',
}

/** Runs one checked desktop call; a failure becomes a message, never the error's details. */
export async function answerDesktop<C extends DesktopChannel>(
  channel: C,
  input: ParsedInput<C>,
  io: DesktopIo,
  log: (message: string) => void = console.warn,
): Promise<Reply<ChannelResult<C>>> {
  try {
    const run = RUN[channel] as (io: DesktopIo, input: ParsedInput<C>) => Promise<ChannelResult<C>>
    return { ok: true, value: await run(io, input) }
  } catch (error) {
    // A file Worth refuses (too large) is the user's to fix; anything else is logged and explained plainly.
    if (error instanceof DesktopFileError)
      return { ok: false, error: { code: 'invalid-input', message: error.message } }
    log(`Worth: "${channel}" failed: ${String(error)}`)
    return { ok: false, error: { code: 'internal', message: FAILED[channel] } }
  }
}
