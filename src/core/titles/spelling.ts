// Misspelt title words ("sofware", "enginer", "nurze") read as the common word they were meant as.
//
// Candidates share letter trigrams with the typed word; the nearest by edit distance (a swap of two neighbouring
// letters counts as one edit) wins, the more common on a tie. A word is only replaced by one used in many more titles,
// so a rare real word is never "corrected" into a common one it merely resembles.

/** Titles a word must appear in to be offered as a correction. */
const MIN_USES = 5
/** How much more common the correction must be than the typed word. */
const MIN_RATIO = 20

/** Edits allowed for a word of this length: none below 4 letters, one up to 6, two from 7. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  let prev2 = new Array<number>(cols).fill(0)
  let prev = Array.from({ length: cols }, (_, j) => j)
  let cur = new Array<number>(cols).fill(0)
  for (let i = 1; i < rows; i += 1) {
    cur[0] = i
    let rowMin = cur[0]
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1)
      cur[j] = d
      if (d < rowMin) rowMin = d
    }
    if (rowMin > max) return max + 1
    ;[prev2, prev, cur] = [prev, cur, prev2]
  }
  return Math.min(prev[cols - 1]!, max + 1)
}

function trigrams(word: string): string[] {
  const padded = `^${word}$`
  const out: string[] = []
  for (let i = 0; i + 3 <= padded.length; i += 1) out.push(padded.slice(i, i + 3))
  return out
}

export interface Speller {
  /** The word meant, or the word itself when it is common enough or nothing near is. */
  correct(word: string): string
}

/**
 * A speller over the words of the title list: each word with the number of titles that use it, in the order the
 * words first appear (which settles ties between equally near and equally common words), and the same count by word.
 */
export function buildSpeller(
  vocabulary: Iterable<readonly [word: string, uses: number]>,
  usesOf: (word: string) => number,
): Speller {
  const words: string[] = []
  const uses: number[] = []
  const byGram = new Map<string, number[]>()
  for (const [word, count] of vocabulary) {
    if (count < MIN_USES || word.length < 3 || !/^[a-z]+$/.test(word)) continue
    const id = words.length
    words.push(word)
    uses.push(count)
    for (const g of new Set(trigrams(word))) {
      const ids = byGram.get(g)
      if (ids) ids.push(id)
      else byGram.set(g, [id])
    }
  }
  const cache = new Map<string, string>()

  function find(word: string): string {
    const max = allowedEdits(word.length)
    if (max === 0 || !/^[a-z]+$/.test(word)) return word
    const own = usesOf(word)
    if (own >= MIN_USES) return word
    const shared = new Map<number, number>()
    for (const g of new Set(trigrams(word)))
      for (const id of byGram.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1)
    let best = -1
    let bestDistance = max + 1
    for (const [id, count] of shared) {
      // Each edit breaks at most three trigrams; fewer shared ones than that cannot be within reach.
      if (count < trigrams(word).length - 3 * max) continue
      if (uses[id]! < Math.max(MIN_USES, own * MIN_RATIO)) continue
      const d = editDistance(word, words[id]!, max)
      if (d < bestDistance || (d === bestDistance && best >= 0 && uses[id]! > uses[best]!)) {
        best = id
        bestDistance = d
      }
    }
    return best >= 0 && bestDistance <= max ? words[best]! : word
  }

  return {
    correct(word) {
      let fixed = cache.get(word)
      if (fixed === undefined) {
        fixed = find(word)
        if (cache.size < 10_000) cache.set(word, fixed)
      }
      return fixed
    },
  }
}
