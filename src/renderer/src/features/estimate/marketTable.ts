// The rows of the table that stands in for the market chart: each percentile with its value and how it came about.
import {
  PERCENTILE_KEYS,
  PERCENTILE_OF,
  type FigureStatus,
  type MarketSummary,
  type PercentileKey,
} from '../../../../shared/types'
import { formatMoney, formatOrdinal } from '../../lib/format'

export interface MarketTableRow {
  key: PercentileKey
  /** "10th percentile" */
  label: string
  /** "$79,850" */
  value: string
  /** "published", "top-coded (above $239,200)", "from hourly ×2,080" or "modelled" */
  status: string
}

export const STATUS_WORDS: Record<FigureStatus, string> = {
  published: 'published',
  'top-coded': 'top-coded',
  'from-hourly': 'from hourly ×2,080',
  modelled: 'modelled',
}

export function statusText(status: FigureStatus | undefined, topCode: number | null): string {
  if (!status) return 'modelled'
  if (status === 'top-coded' && typeof topCode === 'number' && Number.isFinite(topCode)) {
    return `top-coded (published as above ${formatMoney(topCode)})`
  }
  return STATUS_WORDS[status] ?? 'modelled'
}

export function marketTableRows(market: MarketSummary): MarketTableRow[] {
  return PERCENTILE_KEYS.map((key) => ({
    key,
    label: `${formatOrdinal(PERCENTILE_OF[key])} percentile`,
    value: formatMoney(market[key]),
    status: statusText(market.status?.[key], market.topCode),
  }))
}

/** The note that says how the figures for an area were made. */
export const AREA_MODEL_NOTE = 'modelled from DOL OFLC levels + BLS national shape'
