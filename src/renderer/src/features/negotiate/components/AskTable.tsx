// The table alternative to the chart: the market's percentiles with how each figure came about, the offer's base
// and the ask, each with its percentile.
import type { NegotiateResult } from '../../../../../shared/negotiate'
import { PercentileTable } from '../../estimate/components/PercentileTable'
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
    <PercentileTable
      market={market}
      className="market-table ask-table"
      caption={
        caption ??
        `Base pay percentiles for ${market.occupation}, ${market.areaName}, with your offer and ask`
      }
      hideCaption={hideCaption}
      extraRows={[
        {
          key: 'offer',
          label: 'The offer’s base',
          value: money(result.current.base),
          figure: percentileText(result.current.percentile),
          className: 'offer-row',
        },
        {
          key: 'ask',
          label: 'Your ask',
          value: money(result.ask.base),
          figure: percentileText(result.ask.percentile),
          className: 'ask-row',
        },
      ]}
    />
  )
}
