// Market insights, loaded when first opened (see views.tsx).
import { InsightsView } from '../../features/insights/components/InsightsView'
import type { ViewContext } from '../routeMap'

export default function InsightsPage({ params, visit }: ViewContext<'insights'>) {
  return <InsightsView key={visit} prefill={params} />
}
