// The table alternative to the chart: the market's percentiles with how each figure came about, the offer's base
// and the ask, each with its percentile.
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { marketTableRows } from '../../estimate/marketTable'
import { money, percentileText } from '../negotiateFigures'

export interface AskTableProps {
  result: NegotiateResult
  caption?: string
  /** Keeps the caption for screen readers only (the brief's heading says the same). */
  hideCaption?: boolean
}

export function AskTable({ result, caption, hideCaption = false }: AskTableProps) {
  const { market } = result.estimate
  return (
    <table className="market-table ask-table">
      <caption className={hideCaption ? 'visually-hidden' : undefined}>
        {caption ??
          `Base pay percentiles for ${market.occupation}, ${market.areaName}, with your offer and ask`}
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
        <tr className="offer-row">
          <th scope="row">The offer’s base</th>
          <td className="num">{money(result.current.base)}</td>
          <td>{percentileText(result.current.percentile)}</td>
        </tr>
        <tr className="ask-row">
          <th scope="row">Your ask</th>
          <td className="num">{money(result.ask.base)}</td>
          <td>{percentileText(result.ask.percentile)}</td>
        </tr>
      </tbody>
    </table>
  )
}
