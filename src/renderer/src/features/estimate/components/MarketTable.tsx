// The table alternative to the market chart: the five percentiles, how each figure came about, and the offer
// (when there is one: Market insights shows the market alone).
import type { MarketSummary } from '../../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../../lib/format'
import { marketTableRows } from '../marketTable'

export interface MarketTableProps {
  market: MarketSummary
  /** The offer's base and its percentile; without them the table shows the market alone. */
  base?: number | null
  basePercentile?: number | null
}

export function MarketTable({ market, base, basePercentile }: MarketTableProps) {
  return (
    <table className="market-table">
      <caption>
        Base pay percentiles for {market.occupation}, {market.areaName}
      </caption>
      <thead>
        <tr>
          <th scope="col">Percentile</th>
          <th scope="col" className="num">
            Base pay per year
          </th>
          <th scope="col">Figure</th>
        </tr>
      </thead>
      <tbody>
        {marketTableRows(market).map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.value}</td>
            <td>{row.status}</td>
          </tr>
        ))}
        {typeof base === 'number' && (
          <tr className="offer-row">
            <th scope="row">Your base</th>
            <td className="num">{formatMoney(base)}</td>
            <td>your offer, at the {formatOrdinal(basePercentile)} percentile</td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
