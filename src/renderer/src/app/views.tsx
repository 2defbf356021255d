// The app's views, in tab order. A view can open another one with something to show (e.g. the offer view opens
// Market insights for the same title and place). Later issues add "Compare" and "Negotiate" here.
import type { ReactNode } from 'react'
import { InsightsView } from '../features/insights/components/InsightsView'
import { readInsightsPrefill } from '../features/insights/insightsForm'
import { OfferView } from '../features/offer/components/OfferView'

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
    render: ({ open }) => <OfferView onOpenInsights={(prefill) => open('insights', prefill)} />,
  },
  {
    id: 'insights',
    label: 'Market insights',
    render: ({ params, visit }) => <InsightsView key={visit} prefill={readInsightsPrefill(params)} />,
  },
]
