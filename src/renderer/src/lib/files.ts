// Saving and opening the user's files. In the desktop app main shows native dialogs (the table's desktop-only
// channels file:saveText, file:openText, file:savePdf, called through lib/api.ts); in browser mode a save is a
// download, an open is a file the user picks in an <input type="file">, and the brief is printed with the
// browser's own print dialog (which can save a PDF).
// Like lib/api.ts, nothing here throws: problems come back as a message to show.
import type { Reply } from '../../../shared/contract'
import { MAX_FILE_TEXT, type OpenOutcome, type SaveOutcome } from '../../../shared/desktop'
import { invoke } from './api'

export type FileResult<T> = { ok: true; value: T } | { ok: false; message: string }

const MIME = { json: 'application/json', csv: 'text/csv' } as const

/** True in the desktop app, where main shows native open and save dialogs. */
export function hasNativeDialogs(): boolean {
  return typeof window !== 'undefined' && window.worth !== undefined
}

function fromDesktop<T>(reply: Reply<T>): FileResult<T> {
  return reply.ok ? { ok: true, value: reply.value } : { ok: false, message: reply.error.message }
}

/** Offers a text file to save: a native save dialog on the desktop, a download in the browser. */
export async function saveTextFile(
  suggestedName: string,
  kind: 'json' | 'csv',
  text: string,
): Promise<FileResult<SaveOutcome>> {
  try {
    if (hasNativeDialogs()) return fromDesktop(await invoke('file:saveText', { suggestedName, kind, text }))
    const url = URL.createObjectURL(new Blob([text], { type: `${MIME[kind]};charset=utf-8` }))
    const link = document.createElement('a')
    link.href = url
    link.download = suggestedName
    link.rel = 'noopener'
    document.body.append(link)
    link.click()
    link.remove()
    // Let the download start before the URL goes away.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return { ok: true, value: { saved: true, path: suggestedName } }
  } catch {
    return { ok: false, message: `Worth could not save ${suggestedName}. Please try again.` }
  }
}

/** Desktop only: shows the native open dialog for a JSON file and returns its text (or that the user cancelled). */
export async function openTextFileNative(): Promise<FileResult<OpenOutcome>> {
  try {
    return fromDesktop(await invoke('file:openText', { kind: 'json' }))
  } catch {
    return { ok: false, message: 'Worth could not open the file. Please try again.' }
  }
}

/** Browser mode: reads a file the user picked in an <input type="file">, refusing anything too large. */
export async function readPickedFile(file: File): Promise<FileResult<OpenOutcome>> {
  if (file.size > MAX_FILE_TEXT)
    return {
      ok: false,
      message: `${file.name} is too large to be a Worth export (over 5 MB). Nothing was imported.`,
    }
  try {
    return { ok: true, value: { opened: true, name: file.name, text: await file.text() } }
  } catch {
    return { ok: false, message: `Worth could not read ${file.name}. Nothing was imported.` }
  }
}

/** Saves the page on screen (the brief) as a PDF through main on the desktop; opens the print dialog in a browser. */
export async function savePageAsPdf(suggestedName: string): Promise<FileResult<SaveOutcome | 'printed'>> {
  try {
    if (hasNativeDialogs()) return fromDesktop(await invoke('file:savePdf', { suggestedName }))
    window.print()
    return { ok: true, value: 'printed' }
  } catch {
    return { ok: false, message: 'Worth could not save the brief as a PDF. Please try again.' }
  }
}
