// Each compared options offer valued at its exit prices (pre-tax, after tax and, with the chance-of-an-exit what-if,
// an expected value) over the compared years and year by year (OptionsByYear: a chart and its tables), with the
// sentences on exercising.
import type { CompareResult } from '../../../../../shared/compare'
import { optionsGrantSentence, optionsTable } from '../optionsFigures'
import { OptionsByYear } from './OptionsByYear'
import { RowsTable } from './RowsTable'

export interface OptionsScenariosProps {
  result: CompareResult
  /** The result the charts draw (by default `result`; the view passes a deferred one, see CompareView). */
  chartResult?: CompareResult
  chartWidth?: number
}

export function OptionsScenarios({ result, chartResult = result, chartWidth }: OptionsScenariosProps) {
  const offers = result.offers.filter((offer) => offer.options)
  if (offers.length === 0) return null
  return (
    <section className="result-card compare-options" aria-labelledby="compare-options-heading">
      <h3 id="compare-options-heading">Stock options by exit price</h3>
      <p>
        An option is worth the exit price less the strike, for each share vested; below the strike it is worth
        nothing. These are what-ifs you name, not forecasts: a private company’s shares may never be sold.
      </p>
      {offers.map((offer) => {
        const table = optionsTable(offer, result.options.exitChancePercent)!
        const options = offer.options!
        return (
          <div key={offer.id} className="options-offer">
            <h4>{offer.label}</h4>
            <p>{optionsGrantSentence(options)}</p>
            <RowsTable
              caption={table.caption}
              first="Scenario"
              columns={table.columns}
              rows={table.rows.map((row) => ({ header: row.name, cells: row.cells }))}
              className="options-table"
            />
            <ul className="options-explained">
              {options.explained.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
            <OptionsByYear
              offer={offer}
              chartOffer={chartResult.offers.find((drawn) => drawn.id === offer.id)}
              exitChancePercent={result.options.exitChancePercent}
              chartWidth={chartWidth}
            />
          </div>
        )
      })}
    </section>
  )
}
