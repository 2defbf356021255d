// Checks every saved offer with the backend (check:offer) so Compare can leave out, and explain, the ones it
// cannot use (a place without a state, an unknown title) instead of failing the whole comparison for them.
// A transport error counts as no problem: the comparison then says what went wrong, as before.
import { useEffect, useState } from 'react'
import type { Offer } from '../../../../shared/offer'
import type { CheckOffer, OfferProblem } from '../offers/offerCheck'

export interface OfferChecks {
  /** Problems per offer id; offers without an entry are usable. A Map: ids come from imported files. */
  problems: ReadonlyMap<string, OfferProblem[]>
  /** True once the current offers have all been checked (always true when there is no check to make). */
  done: boolean
}

const NO_PROBLEMS: ReadonlyMap<string, OfferProblem[]> = new Map()

export function useOfferChecks(offers: readonly Offer[], check: CheckOffer | undefined): OfferChecks {
  const key = check ? JSON.stringify(offers) : null
  const [answered, setAnswered] = useState<{
    key: string
    problems: ReadonlyMap<string, OfferProblem[]>
  } | null>(null)

  useEffect(() => {
    if (key === null || !check) return
    let live = true
    const list = JSON.parse(key) as Offer[]
    void Promise.all(
      list.map(async (offer) => {
        const reply = await check({ offer })
        return [offer.id, reply.ok ? reply.value.problems : []] as const
      }),
    ).then((pairs) => {
      if (!live) return
      const problems = new Map<string, OfferProblem[]>()
      for (const [id, found] of pairs) if (found.length > 0) problems.set(id, found)
      setAnswered({ key, problems })
    })
    return () => {
      live = false
    }
  }, [key, check])

  if (key === null) return { problems: NO_PROBLEMS, done: true }
  if (answered?.key !== key) return { problems: answered?.problems ?? NO_PROBLEMS, done: false }
  return { problems: answered.problems, done: true }
}
