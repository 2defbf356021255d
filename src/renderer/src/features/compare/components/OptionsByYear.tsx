// One options offer's exit scenarios year by year: a chart of each scenario's after-tax value, the options vesting
// each year with what buying them costs, and one table per scenario (the chart's figures and more, so the chart has
// a table alternative). The figures come from optionsByYearFigures.ts; this only draws them.
import type { ComparedOffer } from '../../../../../shared/compare'
import { optionsVestingTable, scenarioSeries, scenarioYearTables } from '../optionsByYearFigures'
import { RowsTable } from './RowsTable'
import { YearLinesChart } from './YearLinesChart'

export interface OptionsByYearProps {
  offer: ComparedOffer
  exitChancePercent?: number
  /** The chart's width in pixels; without it the chart fills its box. */
  chartWidth?: number
}

export function OptionsByYear({ offer, exitChancePercent, chartWidth }: OptionsByYearProps) {
  const vesting = optionsVestingTable(offer)
  if (!vesting || !offer.options) return null
  const scenarios = offer.options.scenarios
  const title = `${offer.label}: options after tax each year, by exit price`
  const headingId = `options-by-year-${offer.id}`
  const captionId = `${headingId}-caption`
  return (
    <section className="options-by-year" aria-labelledby={headingId}>
      <h5 id={headingId}>Year by year</h5>
      <figure className="compare-figure" aria-labelledby={captionId}>
        <YearLinesChart
          data={scenarioSeries(offer)}
          series={scenarios.map((scenario, index) => ({ key: `s${index}`, name: scenario.name }))}
          desc={`${title}. The same figures are in the tables below.`}
          className="compare-chart options-chart"
          width={chartWidth}
          height={260}
          fromZero
        />
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
