// The typed route map: each view's name and what another view may hand it when it opens it. `open('negotiate',
// prefill)` only compiles with a NegotiatePrefill, so a view reads its parameters as their type, with no reader
// of its own. Parameters come only from these typed calls: the address (#/compare) names the view, never its
// parameters, and a view chosen in the navigation, by a shortcut or by Back gets none.
import type { InsightsPrefill } from '../features/insights/insightsForm'
import type { NegotiatePrefill } from '../features/negotiate/negotiateForm'
import type { SaveOfferPrefill } from '../features/offers/offerEditor'

/** What My offers can be opened with: a new offer filled in from My offer, or a saved offer to edit. */
export type OffersParams = { save: SaveOfferPrefill } | { edit: string }

export interface RouteParams {
  offer: undefined
  insights: InsightsPrefill
  offers: OffersParams
  compare: undefined
  negotiate: NegotiatePrefill
}

export type ViewId = keyof RouteParams

/** Switches to a view, handing it its parameters (views without any take none). */
export type OpenView = <V extends ViewId>(
  view: V,
  ...params: RouteParams[V] extends undefined ? [] : [params?: RouteParams[V]]
) => void

/** What a view gets: a way to open another, and what it was opened with (undefined when chosen by the user). */
export interface ViewContext<V extends ViewId = ViewId> {
  open: OpenView
  params: RouteParams[V] | undefined
  /** Changes every time a view is opened, so a view opened again with new params starts afresh. */
  visit: number
}
