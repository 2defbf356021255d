// Negotiate, loaded when first opened (see views.tsx).
import { NegotiateView } from '../../features/negotiate/components/NegotiateView'
import { readNegotiatePrefill } from '../../features/negotiate/negotiateForm'
import type { ViewContext } from '../views'

export default function NegotiatePage({ params, visit }: ViewContext) {
  return <NegotiateView key={visit} prefill={readNegotiatePrefill(params)} />
}
