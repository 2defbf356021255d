// One options offer's exit scenarios year by year: a chart of each scenario's after-tax value, the options vesting
// each year with what buying them costs, and one table per scenario (the chart's figures and more, so the chart has
// a table alternative). The figures come from optionsByYearFigures.ts; this only draws them.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import type { ComparedOffer } from '../../../../../shared/compare'
import { formatMoney, formatMoneyShort } from '../../../lib/format'
import { SERIES_STYLES } from '../compareFigures'
import {
  optionsVestingTable,
  scenarioSeries,
  scenarioYearTables,
  type YearTable,
} from '../optionsByYearFigures'

function YearByYearTable({ table }: { table: YearTable }) {
  return (
    <div className="table-scroll">
      <table className="options-table options-year-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {table.columns.map((column) => (
              <th key={column} scope="col" className="num">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {row.cells.map((cell, index) => (
                <td key={table.columns[index]} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

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
  const size = chartWidth
    ? { width: chartWidth, height: 260 }
    : { responsive: true, style: { width: '100%', height: 260 } }
  const headingId = `options-by-year-${offer.id}`
  const captionId = `${headingId}-caption`
  return (
    <section className="options-by-year" aria-labelledby={headingId}>
      <h5 id={headingId}>Year by year</h5>
      <figure className="compare-figure" aria-labelledby={captionId}>
        <LineChart
          {...size}
          data={scenarioSeries(offer)}
          margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
          desc={`${title}. The same figures are in the tables below.`}
          className="compare-chart options-chart"
          accessibilityLayer
        >
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="year" stroke="#334155" tick={{ fill: '#334155' }} />
          <YAxis
            tickFormatter={(value: number) => formatMoneyShort(value)}
            stroke="#334155"
            tick={{ fill: '#334155' }}
            width={72}
            domain={[0, 'auto']}
          />
          <Tooltip formatter={(value) => formatMoney(Number(value))} isAnimationActive={false} />
          <Legend />
          {scenarios.map((scenario, index) => {
            const style = SERIES_STYLES[index % SERIES_STYLES.length]!
            return (
              <Line
                key={scenario.name}
                type="linear"
                dataKey={`s${index}`}
                name={scenario.name}
                stroke={style.color}
                strokeWidth={2}
                strokeDasharray={style.dash}
                dot={{ r: 4, fill: style.color }}
                legendType={style.shape}
                isAnimationActive={false}
              />
            )
          })}
        </LineChart>
        <figcaption id={captionId}>
          {title}: the options vesting that year, bought and sold at the scenario’s price, after the tax on
          the spread. The tables below hold the same figures, before tax and after cost of living too.
        </figcaption>
      </figure>
      <YearByYearTable table={vesting} />
      {scenarioYearTables(offer, exitChancePercent).map((table) => (
        <YearByYearTable key={table.caption} table={table} />
      ))}
    </section>
  )
}
