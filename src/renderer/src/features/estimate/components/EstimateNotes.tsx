// What else the estimate says: experience, why national figures were used, and other notes.
import type { EstimateResult } from '../../../../../shared/types'
import { NoticeList } from '../../../components/NoticeList'

export function EstimateNotes({ result }: { result: EstimateResult }) {
  const notices = [result.market.fallback, ...result.notes].filter(
    (note): note is string => typeof note === 'string' && note.trim() !== '',
  )
  if (!result.experience && notices.length === 0) return null
  return (
    <section className="result-card notes-section" aria-labelledby="notes-heading">
      <h3 id="notes-heading">Good to know</h3>
      {result.experience && <p className="experience">{result.experience.sentence}</p>}
      {notices.length > 0 && <NoticeList notes={notices} />}
    </section>
  )
}
