// Every local tax and every place with local taxes Worth knows, gathered from the per-state modules.
import type { StateCode } from '../types'
import { ALABAMA, DELAWARE } from './delawareAlabama'
import { COLORADO } from './colorado'
import { INDIANA } from './indiana'
import { KENTUCKY } from './kentucky'
import { MARYLAND } from './maryland'
import { MICHIGAN } from './michigan'
import { MISSOURI } from './missouri'
import { NEW_YORK } from './newYork'
import { OHIO } from './ohio'
import { OREGON } from './oregon'
import { PENNSYLVANIA } from './pennsylvania'
import type { LocalPlace, LocalTaxDef } from './types'

const ALL = [
  MARYLAND,
  OHIO,
  PENNSYLVANIA,
  MICHIGAN,
  KENTUCKY,
  MISSOURI,
  INDIANA,
  OREGON,
  COLORADO,
  DELAWARE,
  ALABAMA,
  NEW_YORK,
]

function byId<T extends { id: string }>(items: T[], what: string): ReadonlyMap<string, T> {
  const map = new Map<string, T>()
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`duplicate local ${what} id ${item.id}`)
    map.set(item.id, item)
  }
  return map
}

export const LOCAL_TAXES: ReadonlyMap<string, LocalTaxDef> = byId(
  ALL.flatMap((s) => s.taxes),
  'tax',
)
export const LOCAL_PLACES: ReadonlyMap<string, LocalPlace> = byId(
  ALL.flatMap((s) => s.places),
  'place',
)

/** The states in which Worth knows some local income taxes. */
export const STATES_WITH_LOCAL_TAXES: ReadonlySet<StateCode> = new Set(
  [...LOCAL_PLACES.values()].map((p) => p.state),
)
