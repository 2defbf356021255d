// Finding the occupation behind a job title as people write it.
//
// Each known title (official, O*NET, H-1B filings) links to occupations with weights (how often it was classified
// there). A query is matched, in order: exactly; without level words ("Senior", "II"); by titles containing all its
// words; and, failing that, word by word, each word voting for the occupations of the titles that contain it.
import type { TitleMatch } from '../../shared/types'
import type { OccupationRecord, TitleRow, TitleVia } from '../dataset/format'
import { coreTitleKey, titleKey } from './normalise'

const VIA: Record<TitleVia, TitleMatch['via']> = { b: 'bls', o: 'onet', r: 'onet', h: 'h1b' }

/** Worth's own shorthand list: abbreviations people type, spelled out. */
export const TITLE_ALIASES: Record<string, string> = {
  sre: 'site reliability engineer',
  swe: 'software engineer',
  sde: 'software development engineer',
  sdet: 'software development engineer in test',
  pm: 'product manager',
  tpm: 'technical program manager',
  em: 'engineering manager',
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
  np: 'nurse practitioner',
  cna: 'certified nursing assistant',
  cpa: 'certified public accountant',
  'ml engineer': 'machine learning engineer',
  'ai engineer': 'artificial intelligence engineer',
  'ux designer': 'user experience designer',
  'ui designer': 'user interface designer',
  dba: 'database administrator',
  qa: 'quality assurance',
  'cdl driver': 'truck driver',
}

interface Entry {
  display: string
  key: string
  core: string
  words: string[]
  links: TitleRow[1]
  weight: number
}

export interface TitleIndex {
  search(
    query: string,
    limit?: number,
  ): { suggestions: { title: string; soc: string; occupation: string }[]; occupations: TitleMatch[] }
  /** Occupations for a title, best first; empty when nothing matches. */
  match(query: string): TitleMatch[]
  /** Titles closest to a query that matched nothing (for error messages). */
  closest(query: string, limit?: number): string[]
  /** Titles most often filed or listed for an occupation, most common first. */
  titlesFor(soc: string, limit?: number): { title: string; key: string; weight: number }[]
  /** Whether a title (by key) is linked to an occupation, and how strongly. */
  weightOf(key: string, soc: string): number
  size: number
}

export function expandAliases(key: string): string {
  const alias = (k: string) => (Object.hasOwn(TITLE_ALIASES, k) ? TITLE_ALIASES[k] : undefined)
  if (alias(key)) return titleKey(alias(key)!)
  return key
    .split(' ')
    .map((w) => (alias(w) ? titleKey(alias(w)!) : w))
    .join(' ')
}

export function buildTitleIndex(rows: TitleRow[], occupations: OccupationRecord[]): TitleIndex {
  const entries: Entry[] = rows.map(([display, links]) => {
    const key = titleKey(display)
    return {
      display,
      key,
      core: coreTitleKey(key),
      words: key.split(' '),
      links,
      weight: links.reduce((n, l) => n + l[1], 0),
    }
  })
  const byKey = new Map<string, number>()
  const byCore = new Map<string, number[]>()
  const postings = new Map<string, number[]>()
  entries.forEach((e, i) => {
    if (!byKey.has(e.key)) byKey.set(e.key, i)
    const sameCore = byCore.get(e.core)
    if (sameCore) sameCore.push(i)
    else byCore.set(e.core, [i])
    for (const w of new Set(e.words)) {
      let list = postings.get(w)
      if (!list) postings.set(w, (list = []))
      list.push(i)
    }
  })
  const vocabulary = [...postings.keys()].sort()

  /** Occupation scores from a set of entries, and which entry gave each occupation most. */
  function tally(ids: Iterable<number>, scale: (e: Entry) => number = () => 1) {
    const scores = new Map<number, { score: number; from: number; fromScore: number; via: TitleVia }>()
    for (const id of ids) {
      const e = entries[id]!
      const s = scale(e)
      for (const [occ, weight, via] of e.links) {
        const add = weight * s
        const cur = scores.get(occ)
        if (!cur) scores.set(occ, { score: add, from: id, fromScore: add, via })
        else {
          cur.score += add
          if (add > cur.fromScore) Object.assign(cur, { from: id, fromScore: add, via })
        }
      }
    }
    return scores
  }

  function toMatches(scores: ReturnType<typeof tally>): TitleMatch[] {
    const total = [...scores.values()].reduce((n, s) => n + s.score, 0)
    return [...scores.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, 6)
      .map(([occ, s]) => ({
        soc: occupations[occ]!.soc,
        occupation: occupations[occ]!.title,
        matchedFrom: entries[s.from]!.display,
        via: VIA[s.via],
        score: Math.round((s.score / total) * 1000) / 1000,
      }))
  }

  /** Entries containing every word; the last word may be a prefix when `prefixLast`. */
  function containing(words: string[], prefixLast: boolean): number[] {
    if (words.length === 0) return []
    const lists: number[][] = []
    words.forEach((w, i) => {
      if (prefixLast && i === words.length - 1) {
        const union = new Set<number>()
        for (const v of prefixRange(w)) for (const id of postings.get(v)!) union.add(id)
        lists.push([...union])
      } else lists.push(postings.get(w) ?? [])
    })
    lists.sort((a, b) => a.length - b.length)
    const [first, ...rest] = lists
    const sets = rest.map((l) => new Set(l))
    return first!.filter((id) => sets.every((s) => s.has(id)))
  }

  function prefixRange(prefix: string): string[] {
    let lo = 0
    let hi = vocabulary.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (vocabulary[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    const out: string[] = []
    for (let i = lo; i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i += 1)
      out.push(vocabulary[i]!)
    return out
  }

  function match(query: string): TitleMatch[] {
    const key = expandAliases(titleKey(query))
    if (key === '') return []
    const exact = byKey.get(key)
    if (exact !== undefined) return toMatches(tally([exact]))
    const core = coreTitleKey(key)
    const sameCore = byCore.get(core)
    if (sameCore) return toMatches(tally(sameCore))
    const words = core.split(' ')
    const all = containing(words, false)
    // Titles with extra words count less the more they add ("data engineer" over "big data platform engineer").
    if (all.length) return toMatches(tally(all, (e) => words.length / e.words.length))
    // Word by word: rarer words say more about the job than common ones.
    const known = words.filter((w) => postings.has(w))
    if (!known.length) return []
    const votes = new Map<number, { score: number; from: number; fromScore: number; via: TitleVia }>()
    for (const w of known) {
      const ids = postings.get(w)!
      const idf = Math.log(1 + entries.length / ids.length)
      const scores = tally(ids)
      const total = [...scores.values()].reduce((n, s) => n + s.score, 0)
      for (const [occ, s] of scores) {
        const add = (idf * s.score) / total
        const cur = votes.get(occ)
        if (!cur) votes.set(occ, { ...s, score: add, fromScore: add })
        else {
          cur.score += add
          if (add > cur.fromScore) Object.assign(cur, { from: s.from, fromScore: add, via: s.via })
        }
      }
    }
    return toMatches(votes)
  }

  function search(query: string, limit = 8) {
    const key = expandAliases(titleKey(query))
    const words = key.split(' ').filter((w) => w !== '')
    const ids = words.length ? containing(words, !/\s$/.test(query)) : []
    const ranked = ids
      .map((id) => {
        const e = entries[id]!
        const starts = e.key.startsWith(key) ? 2 : e.words[0]!.startsWith(words[0]!) ? 1 : 0
        return { e, rank: starts * 100 + Math.log10(1 + e.weight) - e.words.length * 0.3 }
      })
      .sort((a, b) => b.rank - a.rank || (a.e.key < b.e.key ? -1 : 1))
    const seen = new Set<string>()
    const suggestions: { title: string; soc: string; occupation: string }[] = []
    for (const { e } of ranked) {
      if (suggestions.length >= limit) break
      if (seen.has(e.key) || !e.links.length) continue
      seen.add(e.key)
      const occ = occupations[e.links[0]![0]]!
      suggestions.push({ title: e.display, soc: occ.soc, occupation: occ.title })
    }
    return { suggestions, occupations: match(query) }
  }

  function closest(query: string, limit = 5): string[] {
    const key = titleKey(query)
    const first = key.split(' ')[0] ?? ''
    if (!first) return []
    const ids = new Set<number>()
    for (let len = first.length; len >= 1 && ids.size < limit; len -= 1) {
      for (const v of prefixRange(first.slice(0, len))) for (const id of postings.get(v)!) ids.add(id)
    }
    return [...ids]
      .map((id) => entries[id]!)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, limit)
      .map((e) => e.display)
  }

  const socPosition = new Map(occupations.map((o, i) => [o.soc, i]))

  function titlesFor(soc: string, limit = 8) {
    const occ = socPosition.get(soc)
    if (occ === undefined) return []
    const found: { title: string; key: string; weight: number }[] = []
    for (const e of entries) {
      const link = e.links.find((l) => l[0] === occ)
      // Official titles carry a fixed weight of their own; rank titles by how often they are used.
      if (link && link[2] !== 'b') found.push({ title: e.display, key: e.key, weight: link[1] })
    }
    return found.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).slice(0, limit)
  }

  function weightOf(key: string, soc: string): number {
    const i = byKey.get(key)
    const occ = socPosition.get(soc)
    if (i === undefined || occ === undefined) return 0
    return entries[i]!.links.find((l) => l[0] === occ)?.[1] ?? 0
  }

  return { search, match, closest, titlesFor, weightOf, size: entries.length }
}
