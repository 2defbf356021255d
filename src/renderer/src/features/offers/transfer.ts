// Export and import of saved offers. Import is all or nothing: the file is read whole and checked first
// (readOffersExport); the saved offers it would replace are listed (those saved later than the file's copy marked)
// for the user to confirm; then it is written in one database transaction, and can be undone.
import { readOffersExport, writeOffersCsv, writeOffersExport, type Offer } from '../../../../shared/offer'
import { importOffers, planImport, undoImport, type ImportPlanRow, type ImportUndo } from '../../db/offers'
import type { WorthDb } from '../../db/db'
import { worthDb } from '../../db/db'

export type TransferOutcome = { ok: true; message: string } | { ok: false; message: string }

const day = (now: Date) => now.toISOString().slice(0, 10)

export function exportFile(offers: Offer[], kind: 'json' | 'csv', now: Date): { name: string; text: string } {
  return kind === 'json'
    ? { name: `worth-offers-${day(now)}.json`, text: writeOffersExport(offers, now) }
    : { name: `worth-offers-${day(now)}.csv`, text: writeOffersCsv(offers) }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** A checked file, with what importing it would replace. */
export interface PreparedImport {
  fileName: string
  offers: Offer[]
  rows: ImportPlanRow[]
  /** The rows that replace a saved offer. */
  replacing: ImportPlanRow[]
}

/** Reads and checks a file and lists what it would replace; writes nothing. `prepared` is null for an empty file. */
export async function prepareImport(
  text: string,
  fileName: string,
  getDb: () => WorthDb = worthDb,
): Promise<{ ok: false; message: string } | { ok: true; prepared: PreparedImport | null; message: string }> {
  const read = readOffersExport(text)
  if (!read.ok) return { ok: false, message: `${fileName} was not imported. ${read.message}` }
  if (read.offers.length === 0)
    return { ok: true, prepared: null, message: `${fileName} holds no offers; nothing changed.` }
  try {
    const rows = await planImport(read.offers, getDb)
    return {
      ok: true,
      prepared: { fileName, offers: read.offers, rows, replacing: rows.filter((row) => row.replaces) },
      message: '',
    }
  } catch {
    return {
      ok: false,
      message: `Worth could not read your saved offers to import ${fileName}. Nothing was imported.`,
    }
  }
}

export type AppliedImport = { ok: true; message: string; undo: ImportUndo } | { ok: false; message: string }

export async function applyImport(
  prepared: PreparedImport,
  getDb: () => WorthDb = worthDb,
): Promise<AppliedImport> {
  const { fileName } = prepared
  try {
    const { added, replaced, undo } = await importOffers(prepared.offers, getDb)
    const parts = [`${plural(added, 'offer')} added`]
    if (replaced > 0) parts.push(`${plural(replaced, 'saved offer')} with the same id replaced`)
    return { ok: true, message: `Imported ${fileName}: ${parts.join(', ')}.`, undo }
  } catch {
    return {
      ok: false,
      message: `Worth could not write the offers from ${fileName} on this computer. Nothing was imported.`,
    }
  }
}

export async function undoImportOf(
  fileName: string,
  undo: ImportUndo,
  getDb: () => WorthDb = worthDb,
): Promise<TransferOutcome> {
  try {
    const { kept } = await undoImport(undo, getDb)
    return {
      ok: true,
      message: `Undid the import of ${fileName}.${kept > 0 ? ` ${plural(kept, 'offer')} changed since the import ${kept === 1 ? 'was' : 'were'} left as ${kept === 1 ? 'it is' : 'they are'}.` : ''}`,
    }
  } catch {
    return {
      ok: false,
      message: `Worth could not undo the import of ${fileName}. Your offers are as imported.`,
    }
  }
}
