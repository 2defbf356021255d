// Export and import of saved offers. Import is all or nothing: the file is read whole and checked first
// (readOffersExport), then written in one database transaction; a refused file leaves the saved offers as they were.
import { readOffersExport, writeOffersCsv, writeOffersExport, type Offer } from '../../../../shared/offer'
import { importOffers } from '../../db/offers'
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

export async function importOffersText(
  text: string,
  fileName: string,
  getDb: () => WorthDb = worthDb,
): Promise<TransferOutcome> {
  const read = readOffersExport(text)
  if (!read.ok) return { ok: false, message: `${fileName} was not imported. ${read.message}` }
  if (read.offers.length === 0) return { ok: true, message: `${fileName} holds no offers; nothing changed.` }
  try {
    const { added, replaced } = await importOffers(read.offers, getDb)
    const parts = [`${plural(added, 'offer')} added`]
    if (replaced > 0) parts.push(`${plural(replaced, 'saved offer')} with the same id replaced`)
    return { ok: true, message: `Imported ${fileName}: ${parts.join(', ')}.` }
  } catch {
    return {
      ok: false,
      message: `Worth could not write the offers from ${fileName} on this computer. Nothing was imported.`,
    }
  }
}
