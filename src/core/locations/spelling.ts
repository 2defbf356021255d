// Near spellings of place names ("Seatle" -> "seattle", "San Fransisco" -> "san francisco"): the names within a small
// edit distance (insertions, deletions, substitutions and swaps of two neighbouring letters count one each).
// A letter-count filter skips most names before the distance is worked out, so one look-up over ~7,000 names
// takes well under a millisecond.

const ALPHABET = 37 // a-z, 0-9, space

export interface SpellingIndex {
  names: readonly string[]
  /** Letter counts of each name, ALPHABET per name. */
  counts: Uint8Array
}

function slot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97
  if (code >= 48 && code <= 57) return 26 + code - 48
  return 36
}

function countLetters(text: string, into: Uint8Array, at: number): void {
  for (let i = 0; i < text.length; i += 1) {
    const s = at + slot(text.charCodeAt(i))
    if (into[s]! < 255) into[s] = into[s]! + 1
  }
}

export function spellingIndex(names: readonly string[]): SpellingIndex {
  const counts = new Uint8Array(names.length * ALPHABET)
  names.forEach((name, i) => countLetters(name, counts, i * ALPHABET))
  return { names, counts }
}

/** How many edits a text of this length may be from a name: none for short texts, where a slip is a new word. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2
}

/** Edit distance (optimal string alignment), or max + 1 as soon as it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const n = b.length
  let prev2 = new Array<number>(n + 1).fill(0)
  let prev = Array.from({ length: n + 1 }, (_, j) => j)
  let cur = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i
    let rowMin = i
    for (let j = 1; j <= n; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      )
        v = Math.min(v, prev2[j - 2]! + 1)
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return Math.min(prev[n]!, max + 1)
}

/** The names nearest in spelling to the key (all at the same, smallest distance), other than the key itself. */
export function closestNames(index: SpellingIndex, key: string): string[] {
  const max = allowedEdits(key.length)
  if (max === 0) return []
  const own = new Uint8Array(ALPHABET)
  countLetters(key, own, 0)
  let best = max
  let found: string[] = []
  const { names, counts } = index
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!
    if (Math.abs(name.length - key.length) > best || name === key) continue
    // Each edit changes the letter counts by at most 2.
    let diff = 0
    const at = i * ALPHABET
    for (let s = 0; s < ALPHABET && diff <= 2 * best; s += 1) diff += Math.abs(counts[at + s]! - own[s]!)
    if (diff > 2 * best) continue
    const d = editDistance(key, name, best)
    if (d < best) {
      best = d
      found = [name]
    } else if (d === best) found.push(name)
  }
  return found
}
