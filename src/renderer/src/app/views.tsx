// The app's views, in tab order. A view can open another one with something to show (e.g. the offer view opens
// Market insights for the same title and place, or My offers with a new offer filled in).
// Only My offer is in the first download; each other view (with its charts, saved offers and schemas) loads the
// first time it is opened, behind a short "Opening…" line.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react'
import { OfferView } from '../features/estimate/components/OfferView'

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

const loaders: (() => Promise<unknown>)[] = []

/** Loads the code of every view now (tests call it first, so that the time to load is not the test's). */
export function preloadViews(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load()))
}

/** A view whose code loads on first use. */
function laterView(
  id: string,
  label: string,
  load: () => Promise<{ default: ComponentType<ViewContext> }>,
): AppView {
  loaders.push(load)
  const Page: LazyExoticComponent<ComponentType<ViewContext>> = lazy(load)
  return {
    id,
    label,
    render: (context) => (
      <Suspense fallback={<p className="view-loading">Opening {label}…</p>}>
        <Page {...context} />
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
        onSaveToOffers={(prefill) => open('offers', prefill)}
      />
    ),
  },
  laterView('insights', 'Market insights', () => import('./pages/InsightsPage')),
  laterView('offers', 'My offers', () => import('./pages/OffersPage')),
  laterView('compare', 'Compare', () => import('./pages/ComparePage')),
  laterView('negotiate', 'Negotiate', () => import('./pages/NegotiatePage')),
]
