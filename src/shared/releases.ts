// The data releases, named as a reader knows them ("BLS OEWS May 2024, DOL OFLC 2025-26"), for the footer and the
// About box. Built from the dataset's own source list (metadata.json), so a new release renames itself.
import type { SourceRef } from './types'

/** The short names people use for Worth's sources; any other source is named by its release alone. */
const SHORT_NAMES: ReadonlyMap<string, string> = new Map([
  ['bls-oews', 'BLS OEWS'],
  ['dol-oflc', 'DOL OFLC'],
  ['onet', 'O*NET'],
  ['dol-lca', 'DOL LCA'],
  ['bea-rpp', 'BEA RPP'],
  ['census-cbsa', 'Census CBSA'],
  ['census-population', 'Census population'],
])

/** A release in a few words: no asides in brackets, a wage year as "2025-26", fiscal years as "FY2022-2025". */
export function shortRelease(release: string, shortName = ''): string {
  let text = release.replace(/\s*\([^)]*\)/g, '').trim()
  const wageYear = /^wage year\b.*?(\d{4})\D+(\d{2})(\d{2})$/i.exec(text)
  if (wageYear) return `${wageYear[1]}-${wageYear[3]}`
  text = text.replace(/^fiscal years?\s+/i, 'FY')
  // "O*NET 30.0 and 27.0" under the short name "O*NET": say the name once.
  if (shortName && text.toLowerCase().startsWith(`${shortName.toLowerCase()} `))
    text = text.slice(shortName.length + 1)
  return text
}

/** One source as "BLS OEWS May 2024". */
export function releaseName(source: Pick<SourceRef, 'id' | 'release'>): string {
  const short = SHORT_NAMES.get(source.id)
  const release = shortRelease(source.release, short)
  return short ? `${short} ${release}` : release
}

/** Every source, in the dataset's order, joined for one line. */
export function releaseLine(sources: readonly Pick<SourceRef, 'id' | 'release'>[]): string {
  return sources.map(releaseName).join(', ')
}
