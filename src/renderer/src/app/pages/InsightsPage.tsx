// Market insights, loaded when first opened (see views.tsx).
import { InsightsView } from '../../features/insights/components/InsightsView'
import { readInsightsPrefill } from '../../features/insights/insightsForm'
import type { ViewContext } from '../views'

export default function InsightsPage({ params, visit }: ViewContext) {
  return <InsightsView key={visit} prefill={readInsightsPrefill(params)} />
}
