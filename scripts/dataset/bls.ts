// Reading the BLS OEWS national file: annual percentiles with BLS's special cells made explicit.
import type { FigureStatus } from '../../src/shared/types'
import type { NationalWages } from '../../src/core/dataset/format'

/** BLS prints "#" for wages at or above these (May 2024 release). */
export const BLS_TOP_CODE = { annual: 239_200, hourly: 115 }
export const HOURS_PER_YEAR = 2080

const ANNUAL_COLUMNS = ['A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90'] as const
const HOURLY_COLUMNS = ['H_PCT10', 'H_PCT25', 'H_MEDIAN', 'H_PCT75', 'H_PCT90'] as const

export interface BlsRow {
  soc: string
  title: string
  group: string
  annualOnly: boolean
  hourlyOnly: boolean
  national: NationalWages
}

function readNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null
  const trimmed = cell.trim().replace(/,/g, '')
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null
  return Number(trimmed)
}

/** One percentile from its annual cell, falling back to the hourly cell x 2,080 where BLS gives only an hourly wage. */
export function readPercentile(
  annualCell: string,
  hourlyCell: string,
): { value: number | null; status: FigureStatus } {
  const annual = readNumber(annualCell)
  if (annual !== null) return { value: annual, status: 'published' }
  if (annualCell.trim() === '#') return { value: null, status: 'top-coded' }
  const hourly = readNumber(hourlyCell)
  if (hourly !== null) return { value: Math.round(hourly * HOURS_PER_YEAR), status: 'from-hourly' }
  if (hourlyCell.trim() === '#') return { value: null, status: 'top-coded' }
  // "*" in both: no figure at all; the distribution model fills the gap and says so.
  return { value: null, status: 'modelled' }
}

export function readBlsRow(row: Record<string, string>): BlsRow {
  const picks = ANNUAL_COLUMNS.map((col, i) => readPercentile(row[col] ?? '', row[HOURLY_COLUMNS[i]!] ?? ''))
  const mean =
    readNumber(row.A_MEAN) ??
    (readNumber(row.H_MEAN) !== null ? Math.round(readNumber(row.H_MEAN)! * HOURS_PER_YEAR) : null)
  return {
    soc: row.OCC_CODE ?? '',
    title: (row.OCC_TITLE ?? '').trim(),
    group: row.O_GROUP ?? '',
    annualOnly: (row.ANNUAL ?? '').trim().toUpperCase() === 'TRUE',
    hourlyOnly: (row.HOURLY ?? '').trim().toUpperCase() === 'TRUE',
    national: {
      soc: row.OCC_CODE ?? '',
      title: (row.OCC_TITLE ?? '').trim(),
      employment: readNumber(row.TOT_EMP),
      values: picks.map((p) => p.value) as NationalWages['values'],
      status: picks.map((p) => p.status) as NationalWages['status'],
      mean,
    },
  }
}

/** Detailed occupations only (the file also has totals, major, minor and broad groups that would double count). */
export function readBlsNational(rows: Record<string, string>[]): Map<string, BlsRow> {
  const out = new Map<string, BlsRow>()
  for (const row of rows) {
    if (row.O_GROUP !== 'detailed') continue
    const parsed = readBlsRow(row)
    out.set(parsed.soc, parsed)
  }
  return out
}

/**
 * The BLS row whose national figures stand for an occupation: its own, or - where BLS publishes only a combined
 * code for several detailed occupations (e.g. 13-1020 for 13-1021..13-1023) - the one in the same SOC broad group.
 */
export function nationalCounterpart(
  soc: string,
  bls: Map<string, BlsRow>,
  oflcCodes: Set<string>,
): BlsRow | null {
  const own = bls.get(soc)
  if (own) return own
  const broad = soc.slice(0, 6)
  const candidates = [...bls.values()].filter((r) => r.soc.startsWith(broad) && !oflcCodes.has(r.soc))
  return candidates.length === 1 ? candidates[0]! : null
}
