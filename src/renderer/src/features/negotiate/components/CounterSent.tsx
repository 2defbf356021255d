// "I sent this counter": adds the ask to the history of the saved offer the form started from, through the same
// concurrency-checked save as My offers (a change made in another tab is never overwritten). What happened is said
// in a polite live region.
import { useState } from 'react'
import type { Offer } from '../../../../../shared/offer'
import { saveEditedOffer } from '../../../db/offers'
import { formatMoney } from '../../../lib/format'
import { withCounterSent } from '../counterHistory'

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
}

export function CounterSent({ offer, ask, today, now, onSaved }: CounterSentProps) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const send = async () => {
    if (!offer || ask === null || busy) return
    setBusy(true)
    const updated = {
      ...withCounterSent(offer, { date: today, base: ask, note: `Countered at ${formatMoney(ask)}` }),
      updatedAt: now().toISOString(),
    }
    try {
      const outcome = await saveEditedOffer(updated, offer.updatedAt)
      if (outcome.ok) {
        setMessage(
          `Added your counter of ${formatMoney(ask)} on ${today} to the history of “${offer.label}”.`,
        )
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
        <button type="button" className="secondary-button" onClick={() => void send()} disabled={busy}>
          I sent this counter
        </button>
      )}
      <p aria-live="polite" className="field-note">
        {message}
      </p>
    </div>
  )
}
