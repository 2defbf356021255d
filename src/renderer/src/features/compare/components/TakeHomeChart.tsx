// Take-home pay per offer over four years (each year's, or cumulated), as lines that differ in colour, dash and
// marker, with a title, tooltips and a table of the same figures. The points are yearly figures, so they are joined
// by straight segments: a smoothed curve would invent values between the years (and dip below both of them).
// The chart may draw an earlier result than the table (`chartResult`, deferred by the view): it is memoised, so it
// redraws only when the result it draws changes, after the table has shown the new figures.
import { memo, type ReactNode } from 'react'
import type { CompareResult } from '../../../../../shared/compare'
import { formatMoney } from '../../../lib/format'
import { takeHomeSeries } from '../compareFigures'
import { RowsTable } from './RowsTable'
import { YearLinesChart } from './YearLinesChart'

export interface TakeHomeChartProps {
  result: CompareResult
  /** The result the chart draws (by default `result`). */
  chartResult?: CompareResult
  cumulative: boolean
  width?: number
  /** Sentences under the chart (e.g. when one offer overtakes another). */
  children?: ReactNode
}

const titleOf = (cumulative: boolean) =>
  cumulative ? 'Cumulative take-home pay, years 1 to 4' : 'Take-home pay each year, years 1 to 4'

const TakeHomeLines = memo(function TakeHomeLines({
  result,
  cumulative,
  width,
}: {
  result: CompareResult
  cumulative: boolean
  width?: number
}) {
  const title = titleOf(cumulative)
  return (
    <YearLinesChart
      data={takeHomeSeries(result, cumulative)}
      series={result.offers.map((offer) => ({ key: offer.id, name: offer.label }))}
      desc={`${title} for ${result.offers.map((o) => o.label).join(', ')}. The same figures are in the table below.`}
      className={`compare-chart compare-chart-${cumulative ? 'cumulative' : 'yearly'}`}
      width={width}
      height={300}
      fromZero={cumulative}
    />
  )
})

export function TakeHomeChart({
  result,
  chartResult = result,
  cumulative,
  width,
  children,
}: TakeHomeChartProps) {
  const points = takeHomeSeries(result, cumulative)
  const kind = cumulative ? 'cumulative' : 'yearly'
  const title = titleOf(cumulative)
  const captionId = `compare-${kind}-caption`
  return (
    <section className="result-card" aria-labelledby={`compare-${kind}-heading`}>
      <h3 id={`compare-${kind}-heading`}>{title}</h3>
      <figure className="compare-figure" aria-labelledby={captionId}>
        <TakeHomeLines result={chartResult} cumulative={cumulative} width={width} />
        <figcaption id={captionId}>
          {title}, per offer, following each vesting schedule, with sign-on in its year and raises applied.
          Hover a year for its figures.
        </figcaption>
      </figure>
      {children}
      <RowsTable
        caption={`${title}, in US dollars`}
        first="Year"
        columns={result.offers.map((offer) => offer.label)}
        rows={points.map((point) => ({
          header: String(point.year),
          cells: result.offers.map((offer) => formatMoney(point[offer.id] as number | undefined)),
        }))}
        className={`take-home-table take-home-table-${kind}`}
      />
    </section>
  )
}
