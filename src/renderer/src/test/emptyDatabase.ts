// The views read and write the app's real database (Dexie over fake-indexeddb in tests), which lasts for a whole
// test file: one helper empties it before each test, instead of a copy of the same clean-up in each file.
import { beforeEach } from 'vitest'
import { worthDb } from '../db/db'
import { saveOffer } from '../db/offers'
import type { Offer } from '../../../shared/offer'

/** Before each test of the calling file: no saved offers and no drafts. */
export function startEachTestWithEmptyDatabase(): void {
  beforeEach(async () => {
    await worthDb().offers.clear()
    await worthDb().drafts.clear()
  })
}

/** Saves the offers one after another, as My offers would. */
export async function saveOffers(offers: readonly Offer[]): Promise<void> {
  for (const offer of offers) await saveOffer(offer)
}
