// The app's views, in tab order. A view can open another one with something to show (e.g. the offer view opens
// Market insights for the same title and place, or My offers with a new offer filled in).
// Only My offer is in the first download; each other view (with its charts, saved offers and schemas) loads the
// first time it is opened, behind a short "Opening…" line.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react'
import { OfferView } from '../features/estimate/components/OfferView'
import type { OpenView, RouteParams, ViewContext, ViewId } from './routeMap'

export type { ViewContext } from './routeMap'

export interface AppView {
  /** A ViewId of the route map for the app's own views. */
  id: string
  /** The name in the navigation. */
  label: string
  /** `params` is what `open` handed this view: typed by the route map where `open` is called. */
  render: (context: { open: OpenView; params: unknown; visit: number }) => ReactNode
}

const loaders: (() => Promise<unknown>)[] = []

/** Loads the code of every view now (tests call it first, so that the time to load is not the test's). */
export function preloadViews(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load()))
}

/** A view whose code loads on first use. */
function laterView<V extends ViewId>(
  id: V,
  label: string,
  load: () => Promise<{ default: ComponentType<ViewContext<V>> }>,
): AppView {
  loaders.push(load)
  const Page: LazyExoticComponent<ComponentType<ViewContext<V>>> = lazy(load)
  return {
    id,
    label,
    render: ({ open, params, visit }) => (
      <Suspense fallback={<p className="view-loading">Opening {label}…</p>}>
        {/* Only `open(id, …)` sets a view's params, and the route map types them for this view. */}
        <Page open={open} params={params as RouteParams[V] | undefined} visit={visit} />
      </Suspense>
    ),
  }
}

export const VIEWS: readonly AppView[] = [
  {
    id: 'offer',
    label: 'My offer',
    render: ({ open }) => (
      <OfferView
        onOpenInsights={(prefill) => open('insights', prefill)}
        onOpenNegotiate={(prefill) => open('negotiate', prefill)}
        onSaveToOffers={(prefill) => open('offers', { save: prefill })}
      />
    ),
  },
  laterView('insights', 'Market insights', () => import('./pages/InsightsPage')),
  laterView('offers', 'My offers', () => import('./pages/OffersPage')),
  laterView('compare', 'Compare', () => import('./pages/ComparePage')),
  laterView('negotiate', 'Negotiate', () => import('./pages/NegotiatePage')),
]
