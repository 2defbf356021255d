// Negotiate, loaded when first opened (see views.tsx).
import { NegotiateView } from '../../features/negotiate/components/NegotiateView'
import type { ViewContext } from '../routeMap'

export default function NegotiatePage({ params, visit }: ViewContext<'negotiate'>) {
  return <NegotiateView key={visit} prefill={params} />
}
