// The one percentile table (the table alternative to every market chart): the market's five percentiles with how
// each figure came about, then the rows a view adds: the offer's base (My offer), the offer and the ask
// (Negotiate), none (Market insights).
import type { MarketSummary } from '../../../../../shared/types'
import { ValueTable, type ValueRow } from '../../../components/ValueTable'
import { marketTableRows } from '../marketTable'

export interface PercentileTableProps {
  market: MarketSummary
  /** By default "Base pay percentiles for <occupation>, <area>". */
  caption?: string
  /** Keeps the caption for screen readers only (where a heading says the same). */
  hideCaption?: boolean
  className?: string
  /** Rows after the percentiles, such as the offer's base. */
  extraRows?: readonly ValueRow[]
}

export function PercentileTable({
  market,
  caption,
  hideCaption = false,
  className = 'market-table',
  extraRows = [],
}: PercentileTableProps) {
  const rows: ValueRow[] = marketTableRows(market).map((row) => ({
    key: row.key,
    label: row.label,
    value: row.value,
    figure: row.status,
  }))
  return (
    <ValueTable
      className={className}
      caption={caption ?? `Base pay percentiles for ${market.occupation}, ${market.areaName}`}
      captionClassName={hideCaption ? 'visually-hidden' : undefined}
      headings={['Percentile', 'Base pay per year', 'Figure']}
      rows={[...rows, ...extraRows]}
    />
  )
}
