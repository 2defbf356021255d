// Finding the occupation behind a job title as people write it.
//
// Each known title (official, O*NET, H-1B filings) links to occupations with weights (how often it was classified
// there). A query is matched, in order: exactly; through Worth's shorthand list ("SRE"); without level words
// ("Senior", "II"); by titles containing all its words; after correcting misspelt words; and, failing that, word by
// word, each word voting for the occupations of the titles that contain it. Within a title, the occupations BLS or
// O*NET list it under outrank any count of H-1B filings; equal evidence goes to the occupation more people work in.
import type { TitleMatch } from '../../shared/types'
import type { OccupationRecord, TitleRow, TitleVia } from '../dataset/format'
import type { TextTable } from '../dataset/pack'
import { compileTitles, type CompiledTitles } from './compiledTitles'
import { coreTitleKey, isStopWord, titleKey } from './normalise'
import { buildSpeller, editDistance } from './spelling'

const VIA: Record<TitleVia, TitleMatch['via']> = { b: 'bls', o: 'onet', r: 'onet', h: 'h1b' }
/** VIA by the char code the compiled links store. */
const VIA_BY_CODE: TitleMatch['via'][] = []
for (const [via, name] of Object.entries(VIA)) VIA_BY_CODE[via.charCodeAt(0)] = name

/**
 * Evidence a link carries on top of its weight: an official title, then an O*NET listing, each outranks any number of
 * H-1B filings (employers' codes are often wrong: "UX Designer" filed as Graphic Designers, "Architect" as computer
 * occupations).
 */
const PRIORITY: Record<TitleVia, number> = { b: 1e9, o: 1e7, r: 1e7, h: 0 }
/** PRIORITY by the char code the compiled links store. */
const PRIORITY_BY_CODE = new Float64Array(128)
for (const [via, priority] of Object.entries(PRIORITY)) PRIORITY_BY_CODE[via.charCodeAt(0)] = priority

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

/**
 * Occupation scores from a set of titles, one slot per occupation in the order the occupations first appear, held
 * as columns (a common title links to a hundred occupations or more, and a match is made for every estimate: no
 * object per occupation). Slots 0 .. size - 1 are in use.
 */
interface Tally {
  size: number
  /** The occupation's position in the dataset's list. */
  occ: Int32Array
  score: Float64Array
  /** The title that gave the occupation most, and how much. */
  from: Int32Array
  fromScore: Float64Array
  /** The char code of that link's TitleVia. */
  via: Uint8Array
  /** 1 when BLS or O*NET list a contributing title under this occupation. */
  listed: Uint8Array
}

function emptyTally(occupations: number): Tally {
  return {
    size: 0,
    occ: new Int32Array(occupations),
    score: new Float64Array(occupations),
    from: new Int32Array(occupations),
    fromScore: new Float64Array(occupations),
    via: new Uint8Array(occupations),
    listed: new Uint8Array(occupations),
  }
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
  /**
   * Occupations for a title, best first; empty when nothing matches or the text is not a job title. `key`, when
   * given, is titleKey(query), worked out by a caller that needs it too.
   */
  match(query: string, key?: string): TitleMatch[]
  /** Real titles closest to a query that matched nothing (for error messages). */
  closest(query: string, limit?: number): string[]
  /**
   * Titles most often filed or listed for an occupation, most common first; with `listed`, only the titles O*NET
   * lists for it (employers' filing titles such as "Software Engineering" left out).
   */
  titlesFor(
    soc: string,
    limit?: number,
    options?: { listed?: boolean },
  ): { title: string; key: string; weight: number }[]
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
  for (let start = 0; start <= key.length;) {
    let end = key.indexOf(' ', start)
    if (end < 0) end = key.length
    if (end - start >= 2 && !isStopWord(key.slice(start, end))) return false
    start = end + 1
  }
  return true
}

const major = (soc: string) => soc.slice(0, 2)

/** Each occupation's field (SOC major group) as a small number, the same for the same group (compared as numbers). */
function fieldNumbers(occupations: readonly OccupationRecord[]): Int32Array {
  const numbers = new Map<string, number>()
  const out = new Int32Array(occupations.length)
  occupations.forEach((o, i) => {
    const group = major(o.soc)
    let number = numbers.get(group)
    if (number === undefined) numbers.set(group, (number = numbers.size))
    out[i] = number
  })
  return out
}

/** How many alternatives a match names besides the best occupation. */
const ALTERNATIVES = 5

const NO_IDS = new Int32Array(0)
const H1B = 'h'.charCodeAt(0)
const BLS = 'b'.charCodeAt(0)

/**
 * First position whose text is not before `text`: in `column` read through the permutation `order` that sorts it,
 * or in `column` itself when it is sorted (`order` null). Every entry between the two ends of the range shares
 * with the text at least the code units both ends share with it, so each step compares from there on.
 */
function lowerBound(order: Int32Array | null, column: TextTable, text: string): number {
  let lo = 0
  let hi = order ? order.length : column.length
  let sharedLo = 0
  let sharedHi = 0
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    // 2 * shared + 1 when the entry is before the text (see TextTable.compare), read here without a call.
    const result = column.compare(order ? order[mid]! : mid, text, sharedLo < sharedHi ? sharedLo : sharedHi)
    if (result & 1) {
      lo = mid + 1
      sharedLo = result >> 1
    } else {
      hi = mid
      sharedHi = result >> 1
    }
  }
  return lo
}

/** Whether a sorted list of ids holds an id. */
function holds(ids: Int32Array, id: number): boolean {
  let lo = 0
  let hi = ids.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const v = ids[mid]!
    if (v === id) return true
    if (v < id) lo = mid + 1
    else hi = mid
  }
  return false
}

/** A suggestion candidate: 2 when its key starts with the text, 1 when its first word does, 0 otherwise. */
interface Pick {
  id: number
  starts: number
  rank: number
}

/** The index over raw title rows (compiled in memory: tests and damaged-dataset checks). */
export function buildTitleIndex(rows: TitleRow[], occupations: OccupationRecord[]): TitleIndex {
  return openTitleIndex(compileTitles(rows), occupations)
}

/** The index over a compiled title list: nothing is built here but what a first lookup asks for. */
export function openTitleIndex(t: CompiledTitles, occupations: OccupationRecord[]): TitleIndex {
  const n = t.display.length
  const { key: keyTable, core: coreTable, vocabulary, linkStart, linkOcc, linkWeight, linkVia } = t
  const keyOf = (id: number) => keyTable.get(id)
  const employment = occupations.map((o) => o.national?.employment ?? 0)
  /** Each occupation's field (SOC major group), worked out once. */
  const fieldOf = fieldNumbers(occupations)
  const wordCount = (id: number) => {
    let count = 1
    const k = keyOf(id)
    for (let i = 0; i < k.length; i += 1) if (k.charCodeAt(i) === 32) count += 1
    return count
  }
  const hasLinks = (id: number) => linkStart[id + 1]! > linkStart[id]!

  /** The first title (lowest id) with this exact key. */
  function exactId(key: string): number | undefined {
    const at = lowerBound(t.keyOrder, keyTable, key)
    const id = t.keyOrder[at]
    return id !== undefined && keyOf(id) === key ? id : undefined
  }

  /** Titles with this level-free key, in list order; undefined when none. */
  function withCore(core: string): number[] | undefined {
    const ids: number[] = []
    for (
      let at = lowerBound(t.coreOrder, coreTable, core);
      at < n && coreTable.get(t.coreOrder[at]!) === core;
      at += 1
    )
      ids.push(t.coreOrder[at]!)
    return ids.length ? ids : undefined
  }

  function wordId(word: string): number {
    const v = lowerBound(null, vocabulary, word)
    return vocabulary.get(v) === word ? v : -1
  }
  const postingsOfId = (v: number) => t.postings.subarray(t.postingStart[v]!, t.postingStart[v + 1]!)
  /** Titles using a word, in list order. */
  function postingsOf(word: string): Int32Array {
    const v = wordId(word)
    return v < 0 ? NO_IDS : postingsOfId(v)
  }
  const knows = (word: string) => wordId(word) >= 0

  /** Vocabulary ids of the words starting with a prefix: [from, to). */
  function prefixRange(prefix: string): [number, number] {
    const from = lowerBound(null, vocabulary, prefix)
    let to = from
    while (to < vocabulary.length && vocabulary.get(to).startsWith(prefix)) to += 1
    return [from, to]
  }

  // Built on the first misspelt word, so loading the dataset pays nothing for it.
  let speller: ReturnType<typeof buildSpeller> | null = null
  const spell = () =>
    (speller ??= buildSpeller(
      (function* () {
        for (const v of t.vocabularySeen)
          yield [vocabulary.get(v), t.postingStart[v + 1]! - t.postingStart[v]!] as const
      })(),
      (word) => postingsOf(word).length,
    ))

  // Where each occupation's slot sits in the tally being built (-1: none yet); reset before tally returns.
  const slotOf = new Int32Array(occupations.length).fill(-1)
  /** The tally a match is read from, filled again by every tally() that is given no other. */
  const scratch = emptyTally(occupations.length)

  /**
   * Occupation scores from a set of titles, and which title gave each occupation most: one slot per occupation, in
   * the order the occupations first appear. `scale` weighs a title (1 when not given).
   */
  function tally(
    ids: Iterable<number>,
    scale?: (id: number) => number,
    priority = true,
    into: Tally = scratch,
  ): Tally {
    const { occ: occs, score, from, fromScore, via, listed } = into
    let size = 0
    for (const id of ids) {
      const s = scale ? scale(id) : 1
      for (let j = linkStart[id]!; j < linkStart[id + 1]!; j += 1) {
        const occ = linkOcc[j]!
        const code = linkVia[j]!
        const add = (linkWeight[j]! + (priority ? PRIORITY_BY_CODE[code]! : 0)) * s
        const at = slotOf[occ]!
        if (at < 0) {
          slotOf[occ] = size
          occs[size] = occ
          score[size] = add
          from[size] = id
          fromScore[size] = add
          via[size] = code
          listed[size] = code !== H1B ? 1 : 0
          size += 1
        } else {
          score[at] = score[at]! + add
          if (code !== H1B) listed[at] = 1
          if (add > fromScore[at]!) {
            from[at] = id
            fromScore[at] = add
            via[at] = code
          }
        }
      }
    }
    for (let i = 0; i < size; i += 1) slotOf[occs[i]!] = -1
    into.size = size
    return into
  }

  /** Below 0 when slot a of the tally is better than slot b: more score, then more workers (never the lower code). */
  function better(sc: Tally, a: number, b: number): number {
    const occA = sc.occ[a]!
    const occB = sc.occ[b]!
    return sc.score[b]! - sc.score[a]! || employment[occB]! - employment[occA]! || occA - occB
  }

  /** The best slot of a tally; -1 when it is empty. */
  function bestSlot(sc: Tally): number {
    let best = sc.size > 0 ? 0 : -1
    for (let i = 1; i < sc.size; i += 1) if (better(sc, i, best) < 0) best = i
    return best
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
   * title matched; never buildings or ships for a software architect. The alternatives are the five best of those,
   * best first, as a full sort then filter would give them, found in one pass keeping only the best few.
   */
  function toMatches(
    sc: Tally,
    method: TitleMatch['method'],
    corrected: string | null,
    edits = 0,
  ): TitleMatch[] {
    const best = bestSlot(sc)
    if (best < 0) return []
    let total = 0
    for (let i = 0; i < sc.size; i += 1) total += sc.score[i]!
    const field = fieldOf[sc.occ[best]!]
    const direct = method === 'exact' || method === 'alias' || method === 'level'
    const top: number[] = []
    for (let i = 0; i < sc.size; i += 1) {
      if (i === best || !(fieldOf[sc.occ[i]!] === field || (direct && sc.listed[i] === 1))) continue
      if (top.length === ALTERNATIVES && better(sc, i, top[ALTERNATIVES - 1]!) >= 0) continue
      let at = top.length === ALTERNATIVES ? ALTERNATIVES - 1 : top.length
      while (at > 0 && better(sc, i, top[at - 1]!) < 0) {
        top[at] = top[at - 1]!
        at -= 1
      }
      top[at] = i
    }
    const matches: TitleMatch[] = [matchOf(sc, best, total, method, corrected, edits)]
    for (const slot of top) matches.push(matchOf(sc, slot, total, method, corrected, edits))
    return matches
  }

  function matchOf(
    sc: Tally,
    slot: number,
    total: number,
    method: TitleMatch['method'],
    corrected: string | null,
    edits: number,
  ): TitleMatch {
    const occ = occupations[sc.occ[slot]!]!
    const share = Math.round((sc.score[slot]! / total) * 1000) / 1000
    return {
      soc: occ.soc,
      occupation: occ.title,
      matchedFrom: t.display.get(sc.from[slot]!),
      via: VIA_BY_CODE[sc.via[slot]!]!,
      score: share,
      method,
      confidence: confidenceOf(method, share, edits),
      corrected,
    }
  }

  /** Whether a title has a word starting with the prefix. */
  function hasWordStarting(id: number, prefix: string): boolean {
    const k = keyOf(id)
    for (let at = 0; at < k.length;) {
      if (k.startsWith(prefix, at)) return true
      const space = k.indexOf(' ', at)
      if (space < 0) return false
      at = space + 1
    }
    return false
  }

  /** Titles containing every word, in list order; the last word may be a prefix when `prefixLast`. */
  function containing(words: string[], prefixLast: boolean): number[] {
    if (words.length === 0) return []
    const prefix = prefixLast ? words[words.length - 1]! : null
    const whole = prefixLast ? words.slice(0, -1) : words
    const lists = whole.map(postingsOf).sort((a, b) => a.length - b.length)
    if (lists.length === 0) {
      // Only a prefix: every title using a word that starts with it.
      const [from, to] = prefixRange(prefix!)
      const found = new Uint8Array(n)
      const ids: number[] = []
      for (let v = from; v < to; v += 1)
        for (const id of postingsOfId(v))
          if (!found[id]) {
            found[id] = 1
            ids.push(id)
          }
      return ids.sort((a, b) => a - b)
    }
    const [first, ...rest] = lists
    const out: number[] = []
    for (const id of first!)
      if (rest.every((list) => holds(list, id)) && (prefix === null || hasWordStarting(id, prefix)))
        out.push(id)
    return out
  }

  /** Shorthand, level-word and all-words matching of a key; null when none applies. */
  function direct(key: string, fix: Correction | null): TitleMatch[] | null {
    const corrected = fix?.key ?? null
    const method = (m: TitleMatch['method']) => (fix ? 'typo' : m)
    const edits = fix?.edits ?? 0
    const exact = exactId(key)
    if (exact !== undefined) return toMatches(tally([exact]), method('exact'), corrected, edits)
    const expanded = expandAliases(key)
    const alias = expanded !== key ? exactId(expanded) : undefined
    if (alias !== undefined) return toMatches(tally([alias]), method('alias'), corrected, edits)
    const core = coreTitleKey(expanded)
    const sameCore = withCore(core)
    if (sameCore) return toMatches(tally(sameCore), method('level'), corrected, edits)
    const words = contentWords(core)
    const all = containing(words, false)
    // Titles with extra words count less the more they add ("data engineer" over "big data platform engineer").
    if (all.length)
      return toMatches(
        tally(all, (id) => words.length / wordCount(id)),
        method('contains'),
        corrected,
        edits,
      )
    return null
  }

  /** Word by word: rarer words say more about the job than common ones. Stop words never vote. */
  function byWords(key: string, fix: Correction | null): TitleMatch[] {
    const known = contentWords(coreTitleKey(expandAliases(key))).filter(knows)
    if (!known.length) return []
    // Each occupation's votes, summed over the words: a slot per occupation, in the order they first get a vote.
    const votes = emptyTally(occupations.length)
    const voteOf = new Map<number, number>()
    for (const w of known) {
      const ids = postingsOf(w)
      const idf = Math.log(1 + n / ids.length)
      // Plain weights here: a word is evidence spread over many titles, not one title's listing.
      const word = tally(ids, undefined, false)
      let total = 0
      for (let i = 0; i < word.size; i += 1) total += word.score[i]!
      for (let i = 0; i < word.size; i += 1) {
        const occ = word.occ[i]!
        const add = (idf * word.score[i]!) / total
        const cur = voteOf.get(occ)
        if (cur === undefined) {
          const at = votes.size
          voteOf.set(occ, at)
          votes.occ[at] = occ
          votes.score[at] = add
          votes.from[at] = word.from[i]!
          votes.fromScore[at] = add
          votes.via[at] = word.via[i]!
          votes.listed[at] = word.listed[i]!
          votes.size += 1
        } else {
          votes.score[cur] = votes.score[cur]! + add
          if (add > votes.fromScore[cur]!) {
            votes.from[cur] = word.from[i]!
            votes.fromScore[cur] = add
            votes.via[cur] = word.via[i]!
          }
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

  function match(query: string, key = titleKey(query)): TitleMatch[] {
    if (key === '' || isNotATitle(key)) return []
    const exact = exactId(key)
    if (exact !== undefined) return toMatches(tally([exact]), 'exact', null)
    // Misspelt words first, so "develper" finds developers rather than the one filing that has the same typo.
    const fix = correctedKey(key)
    // Text with no word Worth knows, that only reads as a title after two edits to a word ("tostring" as "testing"),
    // is a made-up word, not a slip: refuse it, so the caller offers the closest real titles instead.
    if (fix && fix.edits > 1 && !contentWords(key).some(knows)) return []
    return (
      (fix && direct(fix.key, fix)) ?? direct(key, null) ?? (fix ? byWords(fix.key, fix) : byWords(key, null))
    )
  }

  /** Better suggestion first: starts with the text, then rank, then by key. */
  const before = (a: Pick, b: Pick) =>
    b.starts - a.starts ||
    b.rank - a.rank ||
    (keyOf(a.id) < keyOf(b.id) ? -1 : keyOf(a.id) > keyOf(b.id) ? 1 : 0)

  /** Keeps the `limit` best picks, best first. */
  function keep(top: Pick[], pick: Pick, limit: number): void {
    if (top.length === limit && before(pick, top[limit - 1]!) >= 0) return
    let at = top.length === limit ? limit - 1 : top.length
    while (at > 0 && before(pick, top[at - 1]!) < 0) {
      top[at] = top[at - 1]!
      at -= 1
    }
    top[at] = pick
  }

  /**
   * Titles whose key starts with the text: one range of the sorted keys. Each key once (its best-ranked title with
   * links); the `limit` best, and how many distinct keys the range held.
   */
  function startingWith(typed: string, wholeLast: boolean, limit: number): { top: Pick[]; keys: number } {
    const top: Pick[] = []
    let distinct = 0
    let run: Pick | null = null
    const flush = () => {
      if (!run) return
      distinct += 1
      keep(top, run, limit)
      run = null
    }
    for (let at = lowerBound(t.keyOrder, keyTable, typed); at < n; at += 1) {
      const id = t.keyOrder[at]!
      const k = keyOf(id)
      if (!k.startsWith(typed)) break
      // A word typed in full (a space after it) must be a whole word of the title.
      if (wholeLast && k.length > typed.length && k.charCodeAt(typed.length) !== 32) continue
      if (!hasLinks(id)) continue
      if (run && keyOf(run.id) !== k) flush()
      if (!run || t.rank[id]! > run.rank) run = { id, starts: 2, rank: t.rank[id]! }
    }
    flush()
    return { top, keys: distinct }
  }

  function search(query: string, limit = 8) {
    const key = titleKey(query)
    const occupationsFound = match(query, key)
    if (isNotATitle(key)) return { suggestions: [], occupations: occupationsFound }
    const prefixLast = !/\s$/.test(query)
    const typedWords = key.split(' ').filter((w) => w !== '')
    // Misspelt words corrected; the last word, still being typed, only when no known word starts with it.
    const words = typedWords.map((w, i) => {
      if (prefixLast && i === typedWords.length - 1) {
        const [from, to] = prefixRange(w)
        if (to > from) return w
      }
      return spell().correct(w)
    })
    const typed = words.join(' ')
    // Titles that start with the text outrank all others: when there are enough of them, they are the answer.
    let { top } = startingWith(typed, !prefixLast, limit)
    if (top.length < limit) {
      const ids = new Set(containing(words, prefixLast))
      // Shorthand spelled out ("SRE" also suggests "Site Reliability Engineer ...").
      const expanded = expandAliases(typed)
      if (expanded !== typed && ids.size < limit)
        for (const id of containing(expanded.split(' '), false)) ids.add(id)
      const best = new Map<string, Pick>()
      for (const id of ids) {
        if (!hasLinks(id)) continue
        const k = keyOf(id)
        const firstWord = k.slice(0, (k.indexOf(' ') + 1 || k.length + 1) - 1)
        const pick: Pick = {
          id,
          starts: k.startsWith(typed) ? 2 : firstWord.startsWith(words[0]!) ? 1 : 0,
          rank: t.rank[id]!,
        }
        const cur = best.get(k)
        if (!cur || pick.rank > cur.rank) best.set(k, pick)
      }
      top = []
      for (const pick of best.values()) keep(top, pick, limit)
    }
    const suggestions: TitleSuggestion[] = top.map(({ id }) => {
      // The occupation this title would match: listed ones first, then by weight, then by workers.
      const scores = tally([id])
      const occ = occupations[scores.occ[bestSlot(scores)]!]!
      return { title: t.display.get(id), soc: occ.soc, occupation: occ.title }
    })
    return { suggestions, occupations: occupationsFound }
  }

  /** Whether BLS or O*NET list the title (H-1B filings include employers' own codes, "SA Jc60 - ..."). */
  function listed(id: number): boolean {
    for (let j = linkStart[id]!; j < linkStart[id + 1]!; j += 1) if (linkVia[j] !== H1B) return true
    return false
  }

  function closest(query: string, limit = 5): string[] {
    const key = titleKey(query)
    const words = contentWords(key).filter((w) => w.length >= 2)
    const ids = new Set<number>()
    // Words Worth knows, or knows once corrected, first: "nurze practitoner" -> titles with "nurse" and "practitioner".
    const fixed = words.map((w) => spell().correct(w)).filter(knows)
    if (fixed.length) {
      for (const id of containing(fixed, false)) ids.add(id)
      if (!ids.size) for (const id of postingsOf(fixed[0]!)) ids.add(id)
    }
    const first = (words[0] ?? key.split(' ')[0] ?? '').replace(/[^a-z]/g, '')
    for (let len = first.length; len >= 1 && ids.size < limit; len -= 1) {
      const [from, to] = prefixRange(first.slice(0, len))
      for (let v = from; v < to; v += 1) for (const id of postingsOfId(v)) ids.add(id)
    }
    const isListed = (id: number) => (listed(id) ? 1 : 0)
    return [...ids]
      .sort(
        (a, b) => isListed(b) - isListed(a) || t.weight[b]! - t.weight[a]! || (keyOf(a) < keyOf(b) ? -1 : 1),
      )
      .slice(0, limit)
      .map((id) => t.display.get(id))
  }

  const socPosition = new Map(occupations.map((o, i) => [o.soc, i]))

  function titlesFor(soc: string, limit = 8, options: { listed?: boolean } = {}) {
    const occ = socPosition.get(soc)
    if (occ === undefined) return []
    const found: { title: string; key: string; weight: number }[] = []
    for (let id = 0; id < n; id += 1) {
      for (let j = linkStart[id]!; j < linkStart[id + 1]!; j += 1) {
        if (linkOcc[j] !== occ) continue
        // Official titles carry a fixed weight of their own; rank titles by how often they are used.
        const via = linkVia[j]!
        if (via !== BLS && (!options.listed || via !== H1B))
          found.push({ title: t.display.get(id), key: keyOf(id), weight: linkWeight[j]! })
        break
      }
    }
    return found.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1)).slice(0, limit)
  }

  function weightOf(key: string, soc: string): number {
    const i = exactId(key)
    const occ = socPosition.get(soc)
    if (i === undefined || occ === undefined) return 0
    for (let j = linkStart[i]!; j < linkStart[i + 1]!; j += 1) if (linkOcc[j] === occ) return linkWeight[j]!
    return 0
  }

  // Each occupation's words from the titles BLS and O*NET list it under (not H-1B filings, whose codes are noisy).
  let listedWords: Map<string, number>[] | null = null
  function occupationWords(): Map<string, number>[] {
    if (listedWords) return listedWords
    const perOcc = occupations.map(() => new Map<string, number>())
    for (let id = 0; id < n; id += 1)
      for (let j = linkStart[id]!; j < linkStart[id + 1]!; j += 1) {
        if (linkVia[j] === H1B) continue
        const words = perOcc[linkOcc[j]!]!
        for (const w of new Set(contentWords(coreTable.get(id)))) words.set(w, (words.get(w) ?? 0) + 1)
      }
    // A word's weight: how often this occupation's titles use it, times how few occupations use it at all.
    const spread = new Map<string, number>()
    for (const words of perOcc) for (const w of words.keys()) spread.set(w, (spread.get(w) ?? 0) + 1)
    listedWords = perOcc.map((words) => {
      const total = [...words.values()].reduce((sum, c) => sum + c, 0)
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
    const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((sum, v) => sum + v * v, 0))
    const ownNorm = norm(own)
    if (ownNorm === 0) return []
    const similar: { occ: number; sim: number }[] = []
    occupations.forEach((o, i) => {
      if (i === occ || major(o.soc) !== major(soc)) return
      let dot = 0
      for (const [w, v] of words[i]!) dot += v * (own.get(w) ?? 0)
      const m = norm(words[i]!)
      if (dot > 0 && m > 0) similar.push({ occ: i, sim: dot / (m * ownNorm) })
    })
    return similar
      .filter((s) => s.sim >= 0.05)
      .sort((a, b) => b.sim - a.sim || employment[b.occ]! - employment[a.occ]!)
      .slice(0, limit)
      .map((s) => occupations[s.occ]!.soc)
  }

  return { search, match, closest, titlesFor, weightOf, related, size: n }
}
