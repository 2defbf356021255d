// The inputs and outcomes of the desktop-only channels (native file dialogs, saving a page as PDF), which the
// channel table (contract.ts) marks desktopOnly: main answers them itself, browser mode has no such routes and the
// renderer falls back to downloads, a file input and the browser's own print (src/renderer/src/lib/files.ts).
import * as z from './zod'
import type { DesktopEvent } from './desktopEvents'

/** Largest text file Worth writes or reads through the dialogs (an export of 500 offers stays far below). */
export const MAX_FILE_TEXT = 5_000_000

const fileName = z.builtOnFirstUse(() =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.maxLength(120, 'must be at most 120 characters'),
    z.regex(/^[^\\/:*?"<>|]+$/, 'must be a plain file name without folders'),
    z.refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32), 'must not contain control characters'),
    z.refine((name) => name !== '.' && name !== '..', 'must be a plain file name without folders'),
  ),
)

export const FileKindSchema = z.builtOnFirstUse(() => z.enum(['json', 'csv', 'pdf']))
export type FileKind = z.infer<typeof FileKindSchema>

export const SaveTextInputSchema = z.builtOnFirstUse(() =>
  z.strictObject({
    suggestedName: fileName,
    kind: z.enum(['json', 'csv']),
    text: z.string().check(z.maxLength(MAX_FILE_TEXT, 'is too large to save')),
  }),
)
export const OpenTextInputSchema = z.builtOnFirstUse(() => z.strictObject({ kind: z.literal('json') }))
export const SavePdfInputSchema = z.builtOnFirstUse(() => z.strictObject({ suggestedName: fileName }))

/** What happened to a save: the user may cancel the dialog, which is not an error. */
export type SaveOutcome = { saved: true; path: string } | { saved: false }
export type OpenOutcome = { opened: true; name: string; text: string } | { opened: false }

/** window.worthDesktop in the desktop app: main's menu commands and backend events (calls go through window.worth). */
export interface DesktopBridge {
  /** Calls `listener` with every menu command and backend event; returns a function that stops it. */
  onDesktopEvent(listener: (event: DesktopEvent) => void): () => void
}
