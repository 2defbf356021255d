// Finding the occupation behind a job title as people write it.
//
// Each known title (official, O*NET, H-1B filings) links to occupations with weights (how often it was classified
// there). A query is matched, in order: exactly; through Worth's shorthand list ("SRE"); without level words
// ("Senior", "II"); by titles containing all its words; after correcting misspelt words; and, failing that, word by
// word, each word voting for the occupations of the titles that contain it. Within a title, the occupations BLS or
// O*NET list it under outrank any count of H-1B filings; equal evidence goes to the occupation more people work in.
import type { TitleMatch } from '../../shared/types'
import type { OccupationRecord, TitleRow, TitleVia } from '../dataset/format'
import { coreTitleKey, isStopWord, titleKey } from './normalise'
import { buildSpeller, editDistance } from './spelling'

const VIA: Record<TitleVia, TitleMatch['via']> = { b: 'bls', o: 'onet', r: 'onet', h: 'h1b' }

/**
 * Evidence a link carries on top of its weight: an official title, then an O*NET listing, each outranks any number of
 * H-1B filings (employers' codes are often wrong: "UX Designer" filed as Graphic Designers, "Architect" as computer
 * occupations).
 */
const PRIORITY: Record<TitleVia, number> = { b: 1e9, o: 1e7, r: 1e7, h: 0 }

/** Worth's own shorthand list: abbreviations people type, spelled out. A Map: keys are user text. */
export const TITLE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['sre', 'site reliability engineer'],
  ['swe', 'software engineer'],
  ['sde', 'software development engineer'],
  ['sdet', 'software development engineer in test'],
  ['pm', 'product manager'],
  ['tpm', 'technical program manager'],
  ['em', 'engineering manager'],
  ['rn', 'registered nurse'],
  ['lpn', 'licensed practical nurse'],
  ['np', 'nurse practitioner'],
  ['cna', 'certified nursing assistant'],
  ['cpa', 'certified public accountant'],
  ['ml engineer', 'machine learning engineer'],
  ['ai engineer', 'artificial intelligence engineer'],
  ['ux designer', 'user experience designer'],
  ['ui designer', 'user interface designer'],
  ['dba', 'database administrator'],
  ['qa', 'quality assurance'],
  ['cdl driver', 'truck driver'],
])

interface Entry {
  display: string
  key: string
  core: string
  words: string[]
  links: TitleRow[1]
  weight: number
}

interface Score {
  score: number
  from: number
  fromScore: number
  via: TitleVia
  /** True when BLS or O*NET list a contributing title under this occupation. */
  listed: boolean
}

interface Correction {
  /** The key with its misspelt words corrected. */
  key: string
  /** Edits in the most corrected word. */
  edits: number
}

export interface TitleSuggestion {
  title: string
  soc: string
  occupation: string
}

export interface TitleIndex {
  search(query: string, limit?: number): { suggestions: TitleSuggestion[]; occupations: TitleMatch[] }
  /** Occupations for a title, best first; empty when nothing matches or the text is not a job title. */
  match(query: string): TitleMatch[]
  /** Real titles closest to a query that matched nothing (for error messages). */
  closest(query: string, limit?: number): string[]
  /** Titles most often filed or listed for an occupation, most common first. */
  titlesFor(soc: string, limit?: number): { title: string; key: string; weight: number }[]
  /** Whether a title (by key) is linked to an occupation, and how strongly. */
  weightOf(key: string, soc: string): number
  /**
   * Occupations of the same field (SOC major group) whose BLS and O*NET titles share the distinctive words of this
   * one's ("nurse" for Registered Nurses), most similar first.
   */
  related(soc: string, limit?: number): string[]
  size: number
}

function lookupAlias(key: string): string | undefined {
  const spelled = TITLE_ALIASES.get(key)
  return spelled === undefined ? undefined : titleKey(spelled)
}

export function expandAliases(key: string): string {
  const whole = lookupAlias(key)
  if (whole !== undefined) return whole
  return key
    .split(' ')
    .map((w) => lookupAlias(w) ?? w)
    .join(' ')
}

/** The words of a key that say something about a job ("the", "a", "of" do not). */
function contentWords(key: string): string[] {
  return key.split(' ').filter((w) => w !== '' && !isStopWord(w))
}

/** Text that cannot be a job title: nothing but stop words or single letters ("the", "a", "x y"). */
export function isNotATitle(key: string): boolean {
  return !contentWords(key).some((w) => w.length >= 2)
}

const major = (soc: string) => soc.slice(0, 2)

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
  const employment = occupations.map((o) => o.national?.employment ?? 0)
  // Built on the first misspelt word, so loading the dataset pays nothing for it.
  let speller: ReturnType<typeof buildSpeller> | null = null
  const spell = () => (speller ??= buildSpeller(postings))

  /** Occupation scores from a set of entries, and which entry gave each occupation most. */
  function tally(ids: Iterable<number>, scale: (e: Entry) => number = () => 1, priority = true) {
    const scores = new Map<number, Score>()
    for (const id of ids) {
      const e = entries[id]!
      const s = scale(e)
      for (const [occ, weight, via] of e.links) {
        const add = (weight + (priority ? PRIORITY[via] : 0)) * s
        const listed = via !== 'h'
        const cur = scores.get(occ)
        if (!cur) scores.set(occ, { score: add, from: id, fromScore: add, via, listed })
        else {
          cur.score += add
          cur.listed ||= listed
          if (add > cur.fromScore) Object.assign(cur, { from: id, fromScore: add, via })
        }
      }
    }
    return scores
  }

  /** Best first; equal evidence goes to the occupation with more workers (never to the lower code). */
  function ranked(scores: Map<number, Score>) {
    return [...scores.entries()].sort(
      (a, b) => b[1].score - a[1].score || employment[b[0]]! - employment[a[0]]! || a[0] - b[0],
    )
  }

  /**
   * High: a known title (or its shorthand or level-free form) with at least half the evidence. Medium: a known title
   * shared with other occupations, titles containing every word, or one-letter typos. Low: the rest.
   */
  function confidenceOf(
    method: TitleMatch['method'],
    share: number,
    edits: number,
  ): TitleMatch['confidence'] {
    if (method === 'words') return 'low'
    if (method === 'exact' || method === 'alias' || method === 'level')
      return share >= 0.5 ? 'high' : share >= 0.2 ? 'medium' : 'low'
    if (method === 'typo' && edits > 1) return 'low'
    return share >= 0.5 ? 'medium' : 'low'
  }

  /**
   * The best occupation, then alternatives from its field (same SOC major group) or listed by BLS/O*NET for the very
   * title matched; never buildings or ships for a software architect.
   */
  function toMatches(
    scores: Map<number, Score>,
    method: TitleMatch['method'],
    corrected: string | null,
    edits = 0,
  ): TitleMatch[] {
    const total = [...scores.values()].reduce((n, s) => n + s.score, 0)
    const order = ranked(scores)
    const best = order[0]
    if (!best) return []
    const field = major(occupations[best[0]]!.soc)
    const direct = method === 'exact' || method === 'alias' || method === 'level'
    return order
      .filter(([occ, s], i) => i === 0 || major(occupations[occ]!.soc) === field || (direct && s.listed))
      .slice(0, 6)
      .map(([occ, s]) => {
        const share = Math.round((s.score / total) * 1000) / 1000
        return {
          soc: occupations[occ]!.soc,
          occupation: occupations[occ]!.title,
          matchedFrom: entries[s.from]!.display,
          via: VIA[s.via],
          score: share,
          method,
          confidence: confidenceOf(method, share, edits),
          corrected,
        }
      })
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

  /** Shorthand, level-word and all-words matching of a key; null when none applies. */
  function direct(key: string, fix: Correction | null): TitleMatch[] | null {
    const corrected = fix?.key ?? null
    const method = (m: TitleMatch['method']) => (fix ? 'typo' : m)
    const edits = fix?.edits ?? 0
    const exact = byKey.get(key)
    if (exact !== undefined) return toMatches(tally([exact]), method('exact'), corrected, edits)
    const expanded = expandAliases(key)
    const alias = expanded !== key ? byKey.get(expanded) : undefined
    if (alias !== undefined) return toMatches(tally([alias]), method('alias'), corrected, edits)
    const core = coreTitleKey(expanded)
    const sameCore = byCore.get(core)
    if (sameCore) return toMatches(tally(sameCore), method('level'), corrected, edits)
    const words = contentWords(core)
    const all = containing(words, false)
    // Titles with extra words count less the more they add ("data engineer" over "big data platform engineer").
    if (all.length)
      return toMatches(
        tally(all, (e) => words.length / e.words.length),
        method('contains'),
        corrected,
        edits,
      )
    return null
  }

  /** Word by word: rarer words say more about the job than common ones. Stop words never vote. */
  function byWords(key: string, fix: Correction | null): TitleMatch[] {
    const known = contentWords(coreTitleKey(expandAliases(key))).filter((w) => postings.has(w))
    if (!known.length) return []
    const votes = new Map<number, Score>()
    for (const w of known) {
      const ids = postings.get(w)!
      const idf = Math.log(1 + entries.length / ids.length)
      // Plain weights here: a word is evidence spread over many titles, not one title's listing.
      const scores = tally(ids, () => 1, false)
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
    return toMatches(votes, 'words', fix?.key ?? null, fix?.edits ?? 0)
  }

  /** The key with misspelt words replaced by the common word they were meant as; null when nothing changed. */
  function correctedKey(key: string): Correction | null {
    let edits = 0
    const words = key.split(' ').map((w) => {
      const fixed = spell().correct(w)
      if (fixed !== w) edits = Math.max(edits, editDistance(w, fixed, 2))
      return fixed
    })
    return edits > 0 ? { key: words.join(' '), edits } : null
  }

  function match(query: string): TitleMatch[] {
    const key = titleKey(query)
    if (key === '' || isNotATitle(key)) return []
    const exact = byKey.get(key)
    if (exact !== undefined) return toMatches(tally([exact]), 'exact', null)
    // Misspelt words first, so "develper" finds developers rather than the one filing that has the same typo.
    const fix = correctedKey(key)
    return (
      (fix && direct(fix.key, fix)) ?? direct(key, null) ?? (fix ? byWords(fix.key, fix) : byWords(key, null))
    )
  }

  function search(query: string, limit = 8) {
    const key = titleKey(query)
    const occupationsFound = match(query)
    if (isNotATitle(key)) return { suggestions: [], occupations: occupationsFound }
    const prefixLast = !/\s$/.test(query)
    const typedWords = key.split(' ').filter((w) => w !== '')
    // Misspelt words corrected; the last word, still being typed, only when no known word starts with it.
    const words = typedWords.map((w, i) =>
      prefixLast && i === typedWords.length - 1 && prefixRange(w).length > 0 ? w : spell().correct(w),
    )
    const ids = new Set(containing(words, prefixLast))
    // Shorthand spelled out ("SRE" also suggests "Site Reliability Engineer ...").
    const expanded = expandAliases(words.join(' '))
    if (expanded !== words.join(' ') && ids.size < limit)
      for (const id of containing(expanded.split(' '), false)) ids.add(id)
    const typed = words.join(' ')
    const order = [...ids]
      .map((id) => {
        const e = entries[id]!
        const starts = e.key.startsWith(typed) ? 2 : e.words[0]!.startsWith(words[0]!) ? 1 : 0
        return { id, e, rank: starts * 100 + Math.log10(1 + e.weight) - e.words.length * 0.3 }
      })
      .sort((a, b) => b.rank - a.rank || (a.e.key < b.e.key ? -1 : 1))
    const seen = new Set<string>()
    const suggestions: TitleSuggestion[] = []
    for (const { id, e } of order) {
      if (suggestions.length >= limit) break
      if (seen.has(e.key) || !e.links.length) continue
      seen.add(e.key)
      // The occupation this title would match: listed ones first, then by weight, then by workers.
      const occ = occupations[ranked(tally([id]))[0]![0]]!
      suggestions.push({ title: e.display, soc: occ.soc, occupation: occ.title })
    }
    return { suggestions, occupations: occupationsFound }
  }

  function closest(query: string, limit = 5): string[] {
    const key = titleKey(query)
    const words = contentWords(key).filter((w) => w.length >= 2)
    const ids = new Set<number>()
    // Words Worth knows, or knows once corrected, first: "nurze practitoner" -> titles with "nurse" and "practitioner".
    const fixed = words.map((w) => spell().correct(w)).filter((w) => postings.has(w))
    if (fixed.length) {
      for (const id of containing(fixed, false)) ids.add(id)
      if (!ids.size) for (const id of postings.get(fixed[0]!)!) ids.add(id)
    }
    const first = (words[0] ?? key.split(' ')[0] ?? '').replace(/[^a-z]/g, '')
    for (let len = first.length; len >= 1 && ids.size < limit; len -= 1) {
      for (const v of prefixRange(first.slice(0, len))) for (const id of postings.get(v)!) ids.add(id)
    }
    // Titles BLS or O*NET list first: filings include employers' own codes ("SA Jc60 - ...").
    const listed = (e: Entry) => (e.links.some((l) => l[2] !== 'h') ? 1 : 0)
    return [...ids]
      .map((id) => entries[id]!)
      .sort((a, b) => listed(b) - listed(a) || b.weight - a.weight || (a.key < b.key ? -1 : 1))
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

  // Each occupation's words from the titles BLS and O*NET list it under (not H-1B filings, whose codes are noisy).
  let listedWords: Map<string, number>[] | null = null
  function occupationWords(): Map<string, number>[] {
    if (listedWords) return listedWords
    const perOcc = occupations.map(() => new Map<string, number>())
    for (const e of entries)
      for (const [occ, , via] of e.links) {
        if (via === 'h') continue
        for (const w of new Set(contentWords(e.core))) perOcc[occ]!.set(w, (perOcc[occ]!.get(w) ?? 0) + 1)
      }
    // A word's weight: how often this occupation's titles use it, times how few occupations use it at all.
    const spread = new Map<string, number>()
    for (const words of perOcc) for (const w of words.keys()) spread.set(w, (spread.get(w) ?? 0) + 1)
    listedWords = perOcc.map((words) => {
      const total = [...words.values()].reduce((n, c) => n + c, 0)
      const weighted = new Map<string, number>()
      for (const [w, c] of words) weighted.set(w, (c / total) * Math.log(occupations.length / spread.get(w)!))
      return weighted
    })
    return listedWords
  }

  function related(soc: string, limit = 8): string[] {
    const occ = socPosition.get(soc)
    if (occ === undefined) return []
    const words = occupationWords()
    const own = words[occ]!
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((n, v) => n + v * v, 0))
    const ownNorm = norm(own)
    if (ownNorm === 0) return []
    const similar: { occ: number; sim: number }[] = []
    occupations.forEach((o, i) => {
      if (i === occ || major(o.soc) !== major(soc)) return
      let dot = 0
      for (const [w, v] of words[i]!) dot += v * (own.get(w) ?? 0)
      const n = norm(words[i]!)
      if (dot > 0 && n > 0) similar.push({ occ: i, sim: dot / (n * ownNorm) })
    })
    return similar
      .filter((s) => s.sim >= 0.05)
      .sort((a, b) => b.sim - a.sim || employment[b.occ]! - employment[a.occ]!)
      .slice(0, limit)
      .map((s) => occupations[s.occ]!.soc)
  }

  return { search, match, closest, titlesFor, weightOf, related, size: entries.length }
}
