// Compare, loaded when first opened (see views.tsx).
import { CompareView } from '../../features/compare/components/CompareView'
import type { ViewContext } from '../routeMap'

export default function ComparePage({ open }: ViewContext<'compare'>) {
  return (
    <CompareView
      onOpenOffers={() => open('offers')}
      onEditOffer={(id) => open('offers', { edit: id })}
      onOpenNegotiate={(prefill) => open('negotiate', prefill)}
    />
  )
}
