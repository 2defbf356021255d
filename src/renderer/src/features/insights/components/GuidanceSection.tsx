// Questions people ask about pay in this role, answered from the figures above.
import type { InsightsResult } from '../../../../../shared/types'

export function GuidanceSection({ result }: { result: InsightsResult }) {
  if (result.guidance.length === 0) return null
  return (
    <section className="result-card guidance-section" aria-labelledby="guidance-heading">
      <h3 id="guidance-heading">Guidance</h3>
      {result.guidance.map((entry) => (
        <div key={entry.id} className="guidance-entry">
          <h4>{entry.question}</h4>
          <p>{entry.answer}</p>
        </div>
      ))}
      <p className="note">Worth gives estimates, not advice.</p>
    </section>
  )
}
