// What to know before reading the figures: contradictions in a survey, fallbacks and modelling notes.
import type { InsightsResult } from '../../../../../shared/types'
import { insightsNotes } from '../insightsFigures'
import { NoticeList } from '../../../components/NoticeList'

export function InsightsNotes({ result }: { result: InsightsResult }) {
  const notes = insightsNotes(result)
  if (notes.length === 0) return null
  return (
    <section className="result-card notes-section insights-notes" aria-labelledby="insights-notes-heading">
      <h3 id="insights-notes-heading">Read before using these figures</h3>
      <NoticeList notes={notes} warning />
    </section>
  )
}
