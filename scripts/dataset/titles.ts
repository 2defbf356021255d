// Building the title list: official BLS titles, O*NET alternate and reported titles, and H-1B filing titles,
// each linked to the occupations it has been classified under.
import type { TitleRow, TitleVia } from '../../src/core/dataset/format'
import { displayCase, titleKey } from '../../src/core/titles/normalise'

/**
 * SOC 2010 codes still found in older H-1B filings, and the SOC 2018 occupation that took them over
 * (from the BLS 2010-to-2018 SOC crosswalk; only one-to-one or clearly dominant successors are listed).
 */
export const SOC_2010_TO_2018: Record<string, string> = {
  '15-1111': '15-1221',
  '15-1121': '15-1211',
  '15-1122': '15-1212',
  '15-1131': '15-1251',
  '15-1132': '15-1252',
  '15-1133': '15-1252',
  '15-1134': '15-1254',
  '15-1141': '15-1242',
  '15-1142': '15-1244',
  '15-1143': '15-1241',
  '15-1151': '15-1232',
  '15-1152': '15-1231',
  '15-1199': '15-1299',
  '29-1061': '29-1211',
  '29-1062': '29-1215',
  '29-1063': '29-1216',
  '29-1064': '29-1218',
  '29-1065': '29-1221',
  '29-1066': '29-1223',
  '29-1069': '29-1229',
}

/** An occupation code Worth knows for a filed or O*NET code ("15-1299.08" -> "15-1299", "15-1132" -> "15-1252"). */
export function toKnownSoc(code: string, known: Set<string>): string | null {
  const match = /^(\d{2}-\d{4})/.exec(code.trim())
  if (!match) return null
  const soc = match[1]!
  if (known.has(soc)) return soc
  const successor = SOC_2010_TO_2018[soc]
  return successor && known.has(successor) ? successor : null
}

/** Weights: an official title outweighs any count of filings; an O*NET title counts as a few dozen filings. */
export const TITLE_WEIGHT = { official: 100_000, onetAlternate: 40, onetReported: 40 }
const VIA_RANK: Record<TitleVia, number> = { b: 0, o: 1, r: 2, h: 3 }

interface Entry {
  display: string
  displayRank: number
  links: Map<number, { weight: number; via: TitleVia }>
}

export class TitleCollector {
  private readonly entries = new Map<string, Entry>()
  dropped = 0

  private readonly known: Set<string>

  constructor(private readonly socIndex: Map<string, number>) {
    this.known = new Set(socIndex.keys())
  }

  add(title: string, code: string, weight: number, via: TitleVia): void {
    const soc = toKnownSoc(code, this.known)
    const key = titleKey(title)
    if (soc === null || key === '' || weight <= 0) {
      this.dropped += 1
      return
    }
    const index = this.socIndex.get(soc)!
    const display = via === 'h' ? displayCase(title.trim()) : title.trim()
    let entry = this.entries.get(key)
    if (!entry) {
      entry = { display, displayRank: VIA_RANK[via], links: new Map() }
      this.entries.set(key, entry)
    } else if (VIA_RANK[via] < entry.displayRank) {
      entry.display = display
      entry.displayRank = VIA_RANK[via]
    }
    const link = entry.links.get(index)
    if (!link) entry.links.set(index, { weight, via })
    else {
      link.weight += weight
      if (VIA_RANK[via] < VIA_RANK[link.via]) link.via = via
    }
  }

  /** Deterministic order: by key; links by weight then occupation. */
  rows(): TitleRow[] {
    return [...this.entries.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, e]) => [
        e.display,
        [...e.links.entries()]
          .sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0])
          .map(([soc, l]) => [soc, Math.round(l.weight), l.via] as [number, number, TitleVia]),
      ])
  }
}
