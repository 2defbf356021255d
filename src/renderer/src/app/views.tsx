// The app's views, in tab order. A view can open another one with something to show (e.g. the offer view opens
// Market insights for the same title and place, or My offers with a new offer filled in).
import type { ReactNode } from 'react'
import { InsightsView } from '../features/insights/components/InsightsView'
import { readInsightsPrefill } from '../features/insights/insightsForm'
import { NegotiateView } from '../features/negotiate/components/NegotiateView'
import { readNegotiatePrefill } from '../features/negotiate/negotiateForm'
import { CompareView } from '../features/compare/components/CompareView'
import { OfferView } from '../features/offer/components/OfferView'
import { OffersView } from '../features/offers/components/OffersView'
import { readEditRequest, readSavePrefill } from '../features/offers/offerEditor'

export interface ViewContext {
  /** Switches to another view, handing it `params` (each view reads its own kind). */
  open: (viewId: string, params?: unknown) => void
  /** What the view was opened with, or undefined when the user chose it in the navigation. */
  params: unknown
  /** Changes every time a view is opened, so a view opened again with new params starts afresh. */
  visit: number
}

export interface AppView {
  id: string
  /** The name in the navigation. */
  label: string
  render: (context: ViewContext) => ReactNode
}

export const VIEWS: readonly AppView[] = [
  {
    id: 'offer',
    label: 'My offer',
    render: ({ open }) => (
      <OfferView
        onOpenInsights={(prefill) => open('insights', prefill)}
        onOpenNegotiate={(prefill) => open('negotiate', prefill)}
        onSaveToOffers={(prefill) => open('offers', prefill)}
      />
    ),
  },
  {
    id: 'insights',
    label: 'Market insights',
    render: ({ params, visit }) => <InsightsView key={visit} prefill={readInsightsPrefill(params)} />,
  },
  {
    id: 'offers',
    label: 'My offers',
    render: ({ open, params, visit }) => (
      <OffersView
        key={visit}
        prefill={readSavePrefill(params)}
        editId={readEditRequest(params)}
        onCompare={() => open('compare')}
      />
    ),
  },
  {
    id: 'compare',
    label: 'Compare',
    render: ({ open }) => (
      <CompareView
        onOpenOffers={() => open('offers')}
        onEditOffer={(id) => open('offers', { edit: id })}
        onOpenNegotiate={(prefill) => open('negotiate', prefill)}
      />
    ),
  },
  {
    id: 'negotiate',
    label: 'Negotiate',
    render: ({ params, visit }) => <NegotiateView key={visit} prefill={readNegotiatePrefill(params)} />,
  },
]
