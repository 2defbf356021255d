// One options offer's exit scenarios year by year: a chart of each scenario's after-tax value, the options vesting
// each year with what buying them costs, and one table per scenario (the chart's figures and more, so the chart has
// a table alternative). The figures come from optionsByYearFigures.ts; this only draws them. The chart is memoised
// and may draw the offer of an earlier result (`chartOffer`) until the view has drawn the new one.
import { memo } from 'react'
import type { ComparedOffer } from '../../../../../shared/compare'
import { optionsVestingTable, scenarioSeries, scenarioYearTables } from '../optionsByYearFigures'
import { RowsTable } from './RowsTable'
import { YearLinesChart } from './YearLinesChart'

export interface OptionsByYearProps {
  offer: ComparedOffer
  /** The same offer in the result the chart draws (by default `offer`, or when that result does not have it). */
  chartOffer?: ComparedOffer | undefined
  exitChancePercent?: number
  /** The chart's width in pixels; without it the chart fills its box. */
  chartWidth?: number
}

const titleOf = (offer: ComparedOffer) => `${offer.label}: options after tax each year, by exit price`

const ScenarioLines = memo(function ScenarioLines({
  offer,
  chartWidth,
}: {
  offer: ComparedOffer
  chartWidth?: number | undefined
}) {
  if (!offer.options) return null
  return (
    <YearLinesChart
      data={scenarioSeries(offer)}
      series={offer.options.scenarios.map((scenario, index) => ({ key: `s${index}`, name: scenario.name }))}
      desc={`${titleOf(offer)}. The same figures are in the tables below.`}
      className="compare-chart options-chart"
      width={chartWidth}
      height={260}
      fromZero
    />
  )
})

export function OptionsByYear({ offer, chartOffer, exitChancePercent, chartWidth }: OptionsByYearProps) {
  const vesting = optionsVestingTable(offer)
  if (!vesting || !offer.options) return null
  const title = titleOf(offer)
  const headingId = `options-by-year-${offer.id}`
  const captionId = `${headingId}-caption`
  return (
    <section className="options-by-year" aria-labelledby={headingId}>
      <h5 id={headingId}>Year by year</h5>
      <figure className="compare-figure" aria-labelledby={captionId}>
        <ScenarioLines offer={chartOffer?.options ? chartOffer : offer} chartWidth={chartWidth} />
        <figcaption id={captionId}>
          {title}: the options vesting that year, bought and sold at the scenario’s price, after the tax on
          the spread. The tables below hold the same figures, before tax and after cost of living too.
        </figcaption>
      </figure>
      <RowsTable {...vesting} first="Year" className="options-table options-year-table" />
      {scenarioYearTables(offer, exitChancePercent).map((table) => (
        <RowsTable key={table.caption} {...table} first="Year" className="options-table options-year-table" />
      ))}
    </section>
  )
}
