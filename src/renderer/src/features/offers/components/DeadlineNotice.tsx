// The notice at the top of My offers when an offer must be answered within two days. A polite live region inside
// the app (no system notification): it is read out when it appears or changes, without interrupting.
import type { Offer } from '../../../../../shared/offer'
import { deadlineNotice } from '../deadlines'

export function DeadlineNotice({ offers, today }: { offers: readonly Offer[]; today: string }) {
  const notice = deadlineNotice(offers, today)
  return (
    <div aria-live="polite" className="deadline-notice-region">
      {notice && <p className="notice notice-warning deadline-notice">Deadline soon: {notice}</p>}
    </div>
  )
}

/** "Dec 4, 2026" for 2026-12-04 (read as a calendar day, whatever the time zone). */
export function formatDeadline(deadline: string): string {
  const [year, month, day] = deadline.split('-').map(Number)
  return new Date(year!, month! - 1, day!).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  })
}
