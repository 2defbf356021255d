// An offer's negotiation history as Negotiate uses it: where to start from (the employer's latest figure) and the
// entry to add when the user says a counter was sent. Pure.
import type { Offer } from '../../../../shared/offer'
import { formatMoney } from '../../lib/format'

export type HistoryEntry = NonNullable<Offer['history']>[number]

/** The newest entry that names a base, on either side; null when there is none. */
export function lastNamedBase(offer: Offer): HistoryEntry | null {
  const history = offer.history ?? []
  for (let i = history.length - 1; i >= 0; i -= 1) if (history[i]!.base !== undefined) return history[i]!
  return null
}

/**
 * The base Negotiate starts from for a saved offer: the employer's latest figure when the history has one newer than
 * any of the user's own, else the offer's base. `from` says which, for the sentence under the field.
 */
export function startingBase(offer: Offer): { base: number; from: 'offer' | 'their-counter' | 'my-counter' } {
  const last = lastNamedBase(offer)
  if (!last) return { base: offer.base, from: 'offer' }
  return { base: last.base!, from: last.side === 'them' ? 'their-counter' : 'my-counter' }
}

export const COUNTER_NOTE_LABEL = 'Note for the history'
/** The longest note a history entry holds (the saved-offer format's limit). */
export const COUNTER_NOTE_MAX = 1000

/** The note Worth suggests for a counter, which the user may rewrite before saying it was sent. */
export const suggestedCounterNote = (ask: number) => `Countered at ${formatMoney(ask)}`

/** Why a typed note cannot be saved, naming the field; null when it can. */
export function counterNoteError(note: string): string | null {
  return note.length > COUNTER_NOTE_MAX
    ? `${COUNTER_NOTE_LABEL} must be at most ${COUNTER_NOTE_MAX.toLocaleString('en-US')} characters (it has ${note.length.toLocaleString('en-US')}).`
    : null
}

/** A note being written, kept as a draft for the saved offer it was typed for. */
export interface CounterNoteDraft {
  offerId: string
  note: string
}

/** Reads a stored note draft (anything may be stored): the note when it was typed for `offerId`, else null. */
export function counterNoteFor(stored: unknown, offerId: string): string | null {
  if (!stored || typeof stored !== 'object') return null
  const { offerId: id, note } = stored as Record<string, unknown>
  return id === offerId && typeof note === 'string' ? note : null
}

/** The offer with the counter the user sent added to its history (oldest first), ready to save. */
export function withCounterSent(offer: Offer, counter: { date: string; base: number; note: string }): Offer {
  const entry: HistoryEntry = {
    date: counter.date,
    side: 'me',
    base: counter.base,
    note: counter.note.slice(0, 1000),
  }
  return { ...offer, history: [...(offer.history ?? []), entry] }
}
