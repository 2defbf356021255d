// What the desktop-only channels do (src/shared/desktop.ts), with Electron's dialogs, the file system and the
// page's printToPDF handed in, so the logic runs in tests without Electron. desktopIpc.ts wires it to ipcMain.
import { extname } from 'node:path'
import { MAX_FILE_TEXT, type FileKind, type OpenOutcome, type SaveOutcome } from '../shared/desktop'

export interface SaveDialogOptions {
  title: string
  defaultPath: string
  filters: { name: string; extensions: string[] }[]
}
export interface OpenDialogOptions {
  title: string
  defaultPath: string
  filters: { name: string; extensions: string[] }[]
  properties: ['openFile']
}

/** The outside world, for the window that asked. */
export interface DesktopIo {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string | undefined }>
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  writeFile(path: string, data: string | Uint8Array): Promise<void>
  fileSize(path: string): Promise<number>
  readText(path: string): Promise<string>
  /** The asking window's page as a PDF (its print stylesheet applies). */
  printToPdf(): Promise<Uint8Array>
  /** The folder dialogs open in (the user's Documents). */
  startFolder(): string
}

const FILTERS: Record<FileKind, { name: string; extensions: string[] }> = {
  json: { name: 'Worth offers (JSON)', extensions: ['json'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
}

const TITLES: Record<FileKind, string> = {
  json: 'Export offers',
  csv: 'Export offers as CSV',
  pdf: 'Save the negotiation brief as PDF',
}

/** Adds the kind's extension when the user typed a name without one (Linux dialogs do not add it). */
export function withExtension(path: string, kind: FileKind): string {
  return extname(path) === '' ? `${path}.${kind}` : path
}

function joinFolder(folder: string, name: string): string {
  return folder.endsWith('/') || folder.endsWith('\\') ? `${folder}${name}` : `${folder}/${name}`
}

async function saveWithDialog(
  io: DesktopIo,
  kind: FileKind,
  suggestedName: string,
  data: () => Promise<string | Uint8Array>,
): Promise<SaveOutcome> {
  const choice = await io.showSaveDialog({
    title: TITLES[kind],
    defaultPath: joinFolder(io.startFolder(), suggestedName),
    filters: [FILTERS[kind]],
  })
  if (choice.canceled || !choice.filePath) return { saved: false }
  const path = withExtension(choice.filePath, kind)
  await io.writeFile(path, await data())
  return { saved: true, path }
}

export async function saveText(
  io: DesktopIo,
  input: { suggestedName: string; kind: 'json' | 'csv'; text: string },
): Promise<SaveOutcome> {
  return saveWithDialog(io, input.kind, input.suggestedName, async () => input.text)
}

export async function savePdf(io: DesktopIo, input: { suggestedName: string }): Promise<SaveOutcome> {
  return saveWithDialog(io, 'pdf', input.suggestedName, () => io.printToPdf())
}

/** Thrown for problems the user should read (the file is too large); other errors get a generic message. */
export class DesktopFileError extends Error {}

export async function openText(io: DesktopIo): Promise<OpenOutcome> {
  const choice = await io.showOpenDialog({
    title: 'Import offers',
    defaultPath: io.startFolder(),
    filters: [FILTERS.json],
    properties: ['openFile'],
  })
  const path = choice.filePaths[0]
  if (choice.canceled || !path) return { opened: false }
  const name = path.split(/[\\/]/).pop() ?? path
  if ((await io.fileSize(path)) > MAX_FILE_TEXT)
    throw new DesktopFileError(`${name} is too large to be a Worth export (over 5 MB). Nothing was imported.`)
  return { opened: true, name, text: await io.readText(path) }
}
