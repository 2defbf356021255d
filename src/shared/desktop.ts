// Desktop-only channels: things only the Electron shell can do (native file dialogs, saving a page as PDF).
// They are not part of the data contract: browser mode has no such endpoints and the renderer falls back to
// downloads, a file input and the browser's own print (see src/renderer/src/lib/files.ts).
import { z } from 'zod'
import type { DesktopEvent } from './desktopEvents'

/** Largest text file Worth writes or reads through the dialogs (an export of 500 offers stays far below). */
export const MAX_FILE_TEXT = 5_000_000

const fileName = z
  .string()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[^\\/:*?"<>|]+$/, 'must be a plain file name without folders')
  .refine((name) => ![...name].some((c) => c.charCodeAt(0) < 32), 'must not contain control characters')
  .refine((name) => name !== '.' && name !== '..', 'must be a plain file name without folders')

export const FileKindSchema = z.enum(['json', 'csv', 'pdf'])
export type FileKind = z.infer<typeof FileKindSchema>

export const SaveTextInputSchema = z.strictObject({
  suggestedName: fileName,
  kind: z.enum(['json', 'csv']),
  text: z.string().max(MAX_FILE_TEXT, 'is too large to save'),
})
export const OpenTextInputSchema = z.strictObject({ kind: z.literal('json') })
export const SavePdfInputSchema = z.strictObject({ suggestedName: fileName })

export const desktopSchemas = {
  'file:saveText': SaveTextInputSchema,
  'file:openText': OpenTextInputSchema,
  'file:savePdf': SavePdfInputSchema,
} as const

export type DesktopChannel = keyof typeof desktopSchemas
export const DESKTOP_CHANNELS = Object.keys(desktopSchemas) as DesktopChannel[]

/** What happened to a save: the user may cancel the dialog, which is not an error. */
export type SaveOutcome = { saved: true; path: string } | { saved: false }
export type OpenOutcome = { opened: true; name: string; text: string } | { opened: false }

export interface DesktopResults {
  'file:saveText': SaveOutcome
  'file:openText': OpenOutcome
  'file:savePdf': SaveOutcome
}

export type DesktopReply<T> = { ok: true; value: T } | { ok: false; message: string }

export interface DesktopBridge {
  saveText(input: z.input<typeof SaveTextInputSchema>): Promise<DesktopReply<SaveOutcome>>
  openText(input: z.input<typeof OpenTextInputSchema>): Promise<DesktopReply<OpenOutcome>>
  /** Saves the window's current page (the brief) as a PDF. */
  savePdf(input: z.input<typeof SavePdfInputSchema>): Promise<DesktopReply<SaveOutcome>>
  /** Calls `listener` with every menu command and backend event; returns a function that stops it. */
  onDesktopEvent(listener: (event: DesktopEvent) => void): () => void
}

export const DESKTOP_FUNCTION: Record<DesktopChannel, Exclude<keyof DesktopBridge, 'onDesktopEvent'>> = {
  'file:saveText': 'saveText',
  'file:openText': 'openText',
  'file:savePdf': 'savePdf',
}
