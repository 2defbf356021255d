// Pay percentiles: the BLS base-pay distribution for the occupation and place (the offer view's chart and table,
// without an offer), and for a survey profile the survey's own total-pay percentiles beside it.
import { useMemo } from 'react'
import type { InsightsResult } from '../../../../../shared/types'
import { buildMarketChartSeries } from '../../estimate/chartSeries'
import { ValueTable } from '../../../components/ValueTable'
import { FigureScope } from '../../estimate/components/FigureScope'
import { MarketChart } from '../../estimate/components/MarketChart'
import { PercentileTable } from '../../estimate/components/PercentileTable'
import { roleName, sourceOf, statusBadge, surveyTotalRows } from '../insightsFigures'
import { FigureProvenance } from './StatusBadge'

export function PercentilesSection({ result, chartWidth }: { result: InsightsResult; chartWidth?: number }) {
  const { market, role } = result
  const series = useMemo(() => buildMarketChartSeries(market, null), [market])
  const survey = role.profile === 'survey'
  const totalRows = survey ? surveyTotalRows(result) : []
  const totalSource = sourceOf(result.sources, result.summary.base.sourceId)
  const place = market.areaName

  return (
    <section className="result-card percentiles-section" aria-labelledby="percentiles-heading">
      <h3 id="percentiles-heading">Pay percentiles</h3>
      <div className={survey ? 'percentile-columns' : undefined}>
        {survey && (
          <div className="survey-percentiles">
            <h4>Total pay for {roleName(role)} in the survey</h4>
            {totalRows.length > 0 ? (
              <ValueTable
                className="survey-table"
                caption={`Total pay percentiles for ${roleName(role)} (base + bonus + stock + other pay)`}
                headings={['Percentile', 'Total pay per year']}
                rows={totalRows}
              />
            ) : (
              <p>The survey gives no total-pay percentiles.</p>
            )}
            <p className="note">
              <FigureProvenance
                badge={statusBadge(result.summary.totalPayStatus, totalSource)}
                source={totalSource}
              />
            </p>
          </div>
        )}
        <div className="base-percentiles">
          <h4>
            Base pay for {market.occupation} in {place}
            {survey && ' (BLS)'}
          </h4>
          {survey && role.nearest && (
            <p className="nearest-note">
              Nearest BLS occupation: <strong>{role.nearest.occupation}</strong> (SOC {role.nearest.soc}).{' '}
              {role.nearest.why}
            </p>
          )}
          {series.points.length > 1 ? (
            <figure className="market-figure" aria-labelledby="insights-market-caption">
              <MarketChart
                series={series}
                width={chartWidth}
                description={`Curve of base pay for ${market.occupation} in ${place}, with the 10th to 90th percentiles marked. The same figures are in the table below.`}
              />
              <figcaption id="insights-market-caption">
                How base pay is spread for {market.occupation} in {place}. Dashed lines mark the percentiles
                (P50 is the median). Hover or use the arrow keys on the chart for values.
              </figcaption>
            </figure>
          ) : (
            <p className="notice">There is no pay curve to draw here; the figures are in the table.</p>
          )}
          <PercentileTable market={market} />
          <FigureScope market={market} />
        </div>
      </div>
    </section>
  )
}
