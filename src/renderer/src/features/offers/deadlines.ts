// Offer deadlines: how many days are left, the offers soonest first, and which need an answer within two days.
// Pure: "today" is passed in (the user's local calendar day), so the same offers give the same answer in tests.
import type { Offer } from '../../../../shared/offer'

/** A deadline this close (in days) gets a notice at the top of My offers. */
export const URGENT_DAYS = 2

const DAY_MS = 86_400_000

/** The user's local calendar day as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD): 0 on the day, negative once it has passed. */
export function daysLeft(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
}

export interface DeadlineStatus {
  days: number
  /** "due today", "1 day left", "5 days left", "passed 3 days ago". */
  text: string
  urgent: boolean
  passed: boolean
}

export function deadlineStatus(deadline: string, today: string): DeadlineStatus {
  const days = daysLeft(deadline, today)
  const plural = (n: number) => `${n} day${n === 1 ? '' : 's'}`
  const text = days === 0 ? 'due today' : days > 0 ? `${plural(days)} left` : `passed ${plural(-days)} ago`
  return { days, text, urgent: days >= 0 && days <= URGENT_DAYS, passed: days < 0 }
}

/** Offers with a deadline first, soonest first (passed ones before them, most recent first), then the rest as given. */
export function bySoonestDeadline(offers: readonly Offer[]): Offer[] {
  const withDeadline = offers.filter((o) => o.deadline !== undefined)
  const without = offers.filter((o) => o.deadline === undefined)
  return [...withDeadline.sort((a, b) => a.deadline!.localeCompare(b.deadline!)), ...without]
}

/** The notice for offers due within two days ("Big Co's offer is due today; Startup's in 2 days."), or null. */
export function deadlineNotice(offers: readonly Offer[], today: string): string | null {
  const due = bySoonestDeadline(offers)
    .filter((o) => o.deadline !== undefined)
    .map((o) => ({ offer: o, status: deadlineStatus(o.deadline!, today) }))
    .filter((d) => d.status.urgent)
  if (due.length === 0) return null
  const when = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`)
  const parts = due.map(
    ({ offer, status }) => `${offer.label || offer.id}’s offer is due ${when(status.days)}`,
  )
  return `${parts.join('; ')}.`
}
