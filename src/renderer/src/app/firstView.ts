// What the page does before React renders: when My offer is the view the page opens on and its saved draft can be
// read at once, the estimate of that offer is sent now, so that its answer travels while the page renders (issue
// 13: navigation to the first percentile sentence).
import { VIEW_IDS } from '../../../shared/desktopEvents'
import { dexieDraftStore, OFFER_FORM_DRAFT, type DraftStore } from '../db/drafts'
import { startDraftEstimate } from '../features/estimate/firstEstimate'
import { viewFromHash } from './route'

/** Starts the first view's request if there is one to start; returns true when it did. */
export function startFirstView(
  hash: string = window.location.hash,
  store: DraftStore = dexieDraftStore(OFFER_FORM_DRAFT),
): boolean {
  // The views' ids in tab order (a test checks they are those of views.tsx), without loading the views here.
  const first = viewFromHash(hash, VIEW_IDS) ?? VIEW_IDS[0]
  if (first !== 'offer') return false
  return startDraftEstimate(store) !== null
}
