// My offers, loaded when first opened (see views.tsx).
import { OffersView } from '../../features/offers/components/OffersView'
import type { ViewContext } from '../routeMap'

export default function OffersPage({ open, params, visit }: ViewContext<'offers'>) {
  return (
    <OffersView
      key={visit}
      prefill={params && 'save' in params ? params.save : null}
      editId={params && 'edit' in params ? params.edit : null}
      onCompare={() => open('compare')}
    />
  )
}
