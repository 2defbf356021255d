// My offers, loaded when first opened (see views.tsx).
import { OffersView } from '../../features/offers/components/OffersView'
import { readEditRequest, readSavePrefill } from '../../features/offers/offerEditor'
import type { ViewContext } from '../views'

export default function OffersPage({ open, params, visit }: ViewContext) {
  return (
    <OffersView
      key={visit}
      prefill={readSavePrefill(params)}
      editId={readEditRequest(params)}
      onCompare={() => open('compare')}
    />
  )
}
