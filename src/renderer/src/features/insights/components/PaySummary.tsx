// The pay summary: median total pay, base pay range, bonus, stock and additional pay, each with how it came about.
import type { InsightsResult } from '../../../../../shared/types'
import { paySummaryRows } from '../insightsFigures'
import { FigureProvenance } from './StatusBadge'

export function PaySummary({ result }: { result: InsightsResult }) {
  const rows = paySummaryRows(result)
  return (
    <section className="result-card pay-summary" aria-labelledby="pay-summary-heading">
      <h3 id="pay-summary-heading">Pay summary</h3>
      <dl className="summary-list">
        {rows.map((row) => (
          <div key={row.key} className={`summary-row summary-${row.key}`} data-testid={`summary-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              <span className="summary-value">{row.value}</span>
              {row.details.map((detail) => (
                <span key={detail} className="summary-detail">
                  {detail}
                </span>
              ))}
              <FigureProvenance badge={row.badge} source={row.source} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
