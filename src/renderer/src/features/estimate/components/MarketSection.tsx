// Where the offer's base falls in the market: chart, table alternative, and how the figures were made.
// The chart (recharts, the largest library of the renderer) loads after the first view: the percentile sentence
// and the table show at once, and the chart takes its place when its code has arrived.
import { lazy, Suspense, useMemo } from 'react'
import type { EstimateResult } from '../../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../../lib/format'
import { buildMarketChartSeries } from '../chartSeries'
import { FigureScope } from './FigureScope'
import { PercentileTable } from './PercentileTable'

const MarketChart = lazy(() => import('./MarketChart').then((module) => ({ default: module.MarketChart })))

export function MarketSection({ result, chartWidth }: { result: EstimateResult; chartWidth?: number }) {
  const { market, offer, percentile } = result
  const series = useMemo(() => buildMarketChartSeries(market, offer.base), [market, offer.base])
  const place = market.areaName
  return (
    <section className="result-card market-section" aria-labelledby="market-heading">
      <h3 id="market-heading">
        Base pay for {market.occupation} in {place}
      </h3>
      {series.points.length > 1 ? (
        <figure className="market-figure" aria-labelledby="market-figure-caption">
          <Suspense
            fallback={<div className="chart-loading" style={{ width: chartWidth ?? '100%', height: 300 }} />}
          >
            <MarketChart
              series={series}
              width={chartWidth}
              description={`Curve of base pay for ${market.occupation} in ${place}, with the 10th to 90th percentiles and your base marked. The same figures are in the table below.`}
            />
          </Suspense>
          <figcaption id="market-figure-caption">
            How base pay is spread for {market.occupation} in {place}. Dashed lines mark the percentiles (P50
            is the median); the solid orange line is your base. Hover or use the arrow keys on the chart for
            values.
          </figcaption>
        </figure>
      ) : (
        <p className="notice">
          There is no pay curve to draw for this occupation; the figures are in the table.
        </p>
      )}
      <PercentileTable
        market={market}
        extraRows={[
          {
            key: 'offer',
            label: 'Your base',
            value: formatMoney(offer.base),
            figure: `your offer, at the ${formatOrdinal(percentile.base)} percentile`,
            className: 'offer-row',
          },
        ]}
      />
      <FigureScope market={market} />
    </section>
  )
}
