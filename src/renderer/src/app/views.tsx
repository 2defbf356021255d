// The app's views, in tab order. Later issues add "Market insights", "Compare" and "Negotiate" here.
import type { ReactNode } from 'react'
import { OfferView } from '../features/offer/components/OfferView'

export interface AppView {
  id: string
  /** The name in the navigation. */
  label: string
  render: () => ReactNode
}

export const VIEWS: readonly AppView[] = [{ id: 'offer', label: 'My offer', render: () => <OfferView /> }]
