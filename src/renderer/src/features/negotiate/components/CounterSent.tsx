// "I sent this counter": adds the ask to the history of the saved offer the form started from, with a note the user
// writes (prefilled with a suggested one), through the same concurrency-checked save as My offers (a change made in
// another tab is never overwritten). The note being written is kept as a draft for that offer. What happened is said
// in a polite live region.
import { useEffect, useState } from 'react'
import type { Offer } from '../../../../../shared/offer'
import { TextField } from '../../../components/TextField'
import { dexieDraftStore, type DraftStore } from '../../../db/drafts'
import { saveEditedOffer } from '../../../db/offers'
import { formatMoney } from '../../../lib/format'
import {
  COUNTER_NOTE_LABEL,
  counterNoteError,
  counterNoteFor,
  suggestedCounterNote,
  withCounterSent,
  type CounterNoteDraft,
} from '../counterHistory'

export const COUNTER_NOTE_DRAFT = 'negotiate-counter-note'
const noteDraftStore = dexieDraftStore(COUNTER_NOTE_DRAFT)
const NOTE_ID = 'negotiate-counter-note'

export interface CounterSentProps {
  /** The saved offer the form holds now, or null. */
  offer: Offer | null
  /** The base the user is asking for, or null while there is no ask. */
  ask: number | null
  /** The user's local day (YYYY-MM-DD). */
  today: string
  /** The save time stamp. */
  now: () => Date
  /** Called once the history is saved (to read the saved offers again). */
  onSaved: () => void
  /** Where the note being written is kept (the local database unless a test says otherwise). */
  noteStore?: DraftStore
}

export function CounterSent({
  offer,
  ask,
  today,
  now,
  onSaved,
  noteStore = noteDraftStore,
}: CounterSentProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  // The note as the user wrote it (null: not written, so the suggested one follows the ask).
  const [written, setWritten] = useState<CounterNoteDraft | null>(null)
  const [noteError, setNoteError] = useState<string | null>(null)
  const offerId = offer?.id ?? null

  // A note written earlier for this offer (and kept as a draft) comes back.
  useEffect(() => {
    if (offerId === null) return
    let live = true
    const peeked = noteStore.peek?.()
    const restore = (stored: unknown) => {
      const note = counterNoteFor(stored, offerId)
      if (live && note !== null) setWritten({ offerId, note })
    }
    if (peeked) restore(peeked.value)
    else void noteStore.load().then(restore)
    return () => {
      live = false
    }
  }, [offerId, noteStore])

  const ownNote = written && written.offerId === offerId ? written.note : null
  const note = ownNote ?? (ask === null ? '' : suggestedCounterNote(ask))

  const write = (text: string) => {
    if (offerId === null) return
    const draft = { offerId, note: text }
    setWritten(draft)
    setNoteError(null)
    noteStore.note?.(draft)
  }
  const keep = () => {
    if (written) void noteStore.save(written).catch(() => undefined)
  }

  const send = async () => {
    if (!offer || ask === null || busy) return
    const problem = counterNoteError(note)
    if (problem) {
      setNoteError(problem)
      document.getElementById(NOTE_ID)?.focus()
      return
    }
    setBusy(true)
    const updated = {
      ...withCounterSent(offer, { date: today, base: ask, note: note.trim() }),
      updatedAt: now().toISOString(),
    }
    try {
      const outcome = await saveEditedOffer(updated, offer.updatedAt)
      if (outcome.ok) {
        setMessage(
          `Added your counter of ${formatMoney(ask)} on ${today} to the history of “${offer.label}”.`,
        )
        // The note is in the history now: the next counter starts from a suggested note again.
        setWritten(null)
        noteStore.note?.(null)
        void noteStore.save(null).catch(() => undefined)
        onSaved()
      } else
        setMessage(
          `Not added: “${offer.label}” ${outcome.conflict.kind === 'deleted' ? 'was deleted' : 'was changed'} in another tab or window since Negotiate read it. Open My offers to see it, then try again.`,
        )
    } catch {
      setMessage('Worth could not change your saved offers on this computer. Please try again.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="counter-sent">
      {offer && ask !== null && (
        <>
          <TextField
            id={NOTE_ID}
            label={COUNTER_NOTE_LABEL}
            hint="Saved with your counter in the offer’s history. Worth suggests one from your ask; write what you said."
            error={noteError ?? undefined}
            value={note}
            numeric={false}
            onInput={write}
            onLeave={keep}
          />
          <button type="button" className="secondary-button" onClick={() => void send()} disabled={busy}>
            I sent this counter
          </button>
        </>
      )}
      <p aria-live="polite" className="field-note">
        {message}
      </p>
    </div>
  )
}
