// The Market insights form's state: starts from a prefill (when another view sent the user here) or from the
// draft saved on this computer, and saves the draft again (debounced) as the user types.
import type { DraftStore } from '../../db/drafts'
import { DRAFT_AUTOSAVE_MS, useDraftedReducer, type DraftedReducer } from '../../lib/useDraftedReducer'
import {
  fromInsightsDraft,
  initialInsightsForm,
  insightsFormReducer,
  toInsightsDraft,
  type InsightsDraft,
  type InsightsFormAction,
  type InsightsFormState,
  type InsightsPrefill,
} from './insightsForm'

export const INSIGHTS_AUTOSAVE_DELAY_MS = DRAFT_AUTOSAVE_MS

export type InsightsForm = DraftedReducer<InsightsFormState, InsightsFormAction>

export function useInsightsForm(
  store: DraftStore,
  prefill: InsightsPrefill | null | undefined,
): InsightsForm {
  // The reducer ignores the draft once the form holds a prefill or anything typed.
  return useDraftedReducer<InsightsFormState, InsightsFormAction, InsightsDraft>({
    store,
    reducer: insightsFormReducer,
    initial: () => initialInsightsForm(prefill),
    readDraft: fromInsightsDraft,
    writeDraft: toInsightsDraft,
  })
}
