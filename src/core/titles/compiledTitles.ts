// The title list compiled for lookups with no work at load: keys and level-free keys already worked out, both in
// sorted order (an exact key or a prefix is a range found by binary search), the words of every title with the
// titles that use them, the links as flat columns, and each title's rank among suggestions precomputed.
// Built by scripts/build-dataset.ts into resources/dataset/titles.bin, and in memory from raw rows by tests.
import type { TitleRow, TitleVia } from '../dataset/format'
import {
  compareText,
  decodePack,
  PackError,
  type PackFile,
  encodePack,
  textTable,
  textValues,
  type Pack,
  type TextDecoding,
  type TextTable,
} from '../dataset/pack'
import { coreTitleKey, titleKey } from './normalise'

export interface CompiledTitles {
  /** Per title, in the order of the title list: as shown, its key, and its key without level words. */
  display: TextTable
  key: TextTable
  core: TextTable
  /** Title ids sorted by key (then id), and by level-free key (then id). */
  keyOrder: Int32Array
  coreOrder: Int32Array
  /** Links of title i are linkStart[i] .. linkStart[i + 1] - 1. */
  linkStart: Int32Array
  linkOcc: Uint16Array
  linkWeight: Int32Array
  /** The char code of the link's TitleVia. */
  linkVia: Uint8Array
  /** Sum of a title's link weights. */
  weight: Float64Array
  /** Rank of a title among suggestions of the same kind: more used first, shorter first. */
  rank: Float64Array
  /** Every word of every key, sorted; the titles using word v are postings[postingStart[v] .. postingStart[v + 1] - 1]. */
  vocabulary: TextTable
  postingStart: Int32Array
  postings: Int32Array
  /** Vocabulary ids in the order the words first appear in the title list (the speller's tie order). */
  vocabularySeen: Int32Array
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** A suggestion's rank within its kind: how much a title is used, less a little for every word it has. */
export function staticRank(weight: number, words: number): number {
  return Math.log10(1 + weight) - words * 0.3
}

export function compileTitles(rows: readonly TitleRow[]): CompiledTitles {
  const n = rows.length
  const display = rows.map((r) => r[0])
  const key = display.map(titleKey)
  const core = key.map(coreTitleKey)
  const byKey = (column: string[]) =>
    Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(column[a]!, column[b]!) || a - b),
    )
  const linkCount = rows.reduce((total, r) => total + r[1].length, 0)
  const linkStart = new Int32Array(n + 1)
  const linkOcc = new Uint16Array(linkCount)
  const linkWeight = new Int32Array(linkCount)
  const linkVia = new Uint8Array(linkCount)
  const weight = new Float64Array(n)
  const rank = new Float64Array(n)
  const usedBy = new Map<string, number[]>()
  let at = 0
  rows.forEach(([, links], i) => {
    linkStart[i] = at
    let total = 0
    for (const [occ, w, via] of links) {
      if (occ < 0 || occ > 0xffff || !Number.isInteger(w) || w < 0 || w > 0x7fffffff)
        throw new Error(`title ${display[i]}: link ${occ}/${w} does not fit the compiled columns`)
      linkOcc[at] = occ
      linkWeight[at] = w
      linkVia[at] = via.charCodeAt(0)
      total += w
      at += 1
    }
    weight[i] = total
    const words = key[i]!.split(' ')
    rank[i] = staticRank(total, words.length)
    for (const w of new Set(words)) {
      const list = usedBy.get(w)
      if (list) list.push(i)
      else usedBy.set(w, [i])
    }
  })
  linkStart[n] = at
  const seen = [...usedBy.keys()]
  const vocabulary = [...seen].sort(compare)
  const position = new Map(vocabulary.map((w, v) => [w, v]))
  const postingStart = new Int32Array(vocabulary.length + 1)
  const postings = new Int32Array(seen.reduce((total, w) => total + usedBy.get(w)!.length, 0))
  let p = 0
  vocabulary.forEach((w, v) => {
    postingStart[v] = p
    for (const id of usedBy.get(w)!) postings[p++] = id
  })
  postingStart[vocabulary.length] = p
  return {
    display: textTable(display),
    key: textTable(key),
    core: textTable(core),
    keyOrder: byKey(key),
    coreOrder: byKey(core),
    linkStart,
    linkOcc,
    linkWeight,
    linkVia,
    weight,
    rank,
    vocabulary: textTable(vocabulary),
    postingStart,
    postings,
    vocabularySeen: Int32Array.from(seen.map((w) => position.get(w)!)),
  }
}

/** The rows the compiled list was made from (for checks and for the JSON baseline of the bench). */
export function titleRowsOf(titles: CompiledTitles): TitleRow[] {
  return textValues(titles.display).map((title, i) => {
    const links: TitleRow[1] = []
    for (let j = titles.linkStart[i]!; j < titles.linkStart[i + 1]!; j += 1)
      links.push([
        titles.linkOcc[j]!,
        titles.linkWeight[j]!,
        String.fromCharCode(titles.linkVia[j]!) as TitleVia,
      ])
    return [title, links]
  })
}

export interface TitlesPackMeta {
  format: number
  titles: number
}

/** The level-free key is stored only where it differs from the key (most titles have no level words). */
export function encodeTitles(titles: CompiledTitles, format: number): Uint8Array {
  return encodePack<TitlesPackMeta>(
    { format, titles: titles.display.length },
    {
      display: textValues(titles.display),
      key: textValues(titles.key),
      core: textValues(titles.core).map((c, i) => (c === titles.key.get(i) ? '' : c)),
      keyOrder: titles.keyOrder,
      coreOrder: titles.coreOrder,
      linkStart: titles.linkStart,
      linkOcc: titles.linkOcc,
      linkWeight: titles.linkWeight,
      linkVia: titles.linkVia,
      weight: titles.weight,
      rank: titles.rank,
      vocabulary: textValues(titles.vocabulary),
      postingStart: titles.postingStart,
      postings: titles.postings,
      vocabularySeen: titles.vocabularySeen,
    },
  )
}

/**
 * The compiled titles of a pack. What every start uses (the text tables, which read themselves as they are used, and
 * the links, which a start checks) is taken at once; the columns only some questions use are read on first use, so a
 * command that matches one title does not read megabytes of a pack file it never looks at.
 */
class PackedTitles implements CompiledTitles {
  readonly display: TextTable
  readonly key: TextTable
  readonly core: TextTable
  readonly vocabulary: TextTable
  readonly linkStart: Int32Array
  readonly linkOcc: Uint16Array
  readonly linkWeight: Int32Array
  readonly linkVia: Uint8Array
  private keyOrderRead: Int32Array | null = null
  private coreOrderRead: Int32Array | null = null
  private weightRead: Float64Array | null = null
  private rankRead: Float64Array | null = null
  private postingStartRead: Int32Array | null = null
  private postingsRead: Int32Array | null = null
  private vocabularySeenRead: Int32Array | null = null

  constructor(private readonly pack: Pack<TitlesPackMeta>) {
    const key = pack.text('key')
    const stored = pack.text('core')
    this.display = pack.text('display')
    this.key = key
    this.core = {
      length: stored.length,
      get(i) {
        const c = stored.get(i)
        return c === '' ? key.get(i) : c
      },
      compare(i, text, from) {
        return compareText(this.get(i), text, from)
      },
    }
    this.vocabulary = pack.text('vocabulary')
    this.linkStart = pack.i32('linkStart')
    this.linkOcc = pack.u16('linkOcc')
    this.linkWeight = pack.i32('linkWeight')
    this.linkVia = pack.u8('linkVia')
  }

  get keyOrder(): Int32Array {
    return (this.keyOrderRead ??= this.pack.i32('keyOrder'))
  }
  get coreOrder(): Int32Array {
    return (this.coreOrderRead ??= this.pack.i32('coreOrder'))
  }
  get weight(): Float64Array {
    return (this.weightRead ??= this.pack.f64('weight'))
  }
  get rank(): Float64Array {
    return (this.rankRead ??= this.pack.f64('rank'))
  }
  get postingStart(): Int32Array {
    return (this.postingStartRead ??= this.pack.i32('postingStart'))
  }
  get postings(): Int32Array {
    return (this.postingsRead ??= this.pack.i32('postings'))
  }
  get vocabularySeen(): Int32Array {
    return (this.vocabularySeenRead ??= this.pack.i32('vocabularySeen'))
  }
}

/** The titles of a pack, in memory or read from its file as they are used (see PackedTitles). */
export function decodeTitles(
  source: Uint8Array | PackFile,
  decoding?: TextDecoding,
): { meta: TitlesPackMeta; titles: CompiledTitles } {
  const pack: Pack<TitlesPackMeta> = decodePack<TitlesPackMeta>(source, decoding)
  for (const [name, kind] of LAZY_COLUMNS)
    if (pack.kind(name) !== kind) throw new PackError(`the pack has no ${kind} section ${name}`)
  return { meta: pack.meta, titles: new PackedTitles(pack) }
}

/** The columns PackedTitles reads on first use; a pack without one is refused when it is opened. */
const LAZY_COLUMNS = [
  ['keyOrder', 'i32'],
  ['coreOrder', 'i32'],
  ['weight', 'f64'],
  ['rank', 'f64'],
  ['postingStart', 'i32'],
  ['postings', 'i32'],
  ['vocabularySeen', 'i32'],
] as const
