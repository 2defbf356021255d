import { describe, expect, it } from 'vitest'
import { decodePack, encodePack, isBefore, sharedOf, textTable } from './pack'

const words = ['', 'a', 'ab', 'abc', 'b', 'café', 'nurse', 'nurse practitioner', 'zz']
const probes = [
  '',
  'a',
  'aa',
  'ab',
  'abd',
  'b',
  'caf',
  'café',
  'cafe',
  'nurse',
  'nurse p',
  'nursf',
  'zzz',
  '~',
]

describe('text tables', () => {
  it('read back what was packed', () => {
    const table = decodePack<null>(encodePack(null, { words })).text('words')
    expect(Array.from({ length: table.length }, (_, i) => table.get(i))).toEqual(words)
  })

  it('say whether an entry sorts before a text, as < does, and how much they share, packed or not', () => {
    const packed = decodePack<null>(encodePack(null, { words })).text('words')
    const plain = textTable(words)
    const shared = (a: string, b: string) => {
      let k = 0
      while (k < a.length && k < b.length && a[k] === b[k]) k += 1
      return k
    }
    for (const [i, word] of words.entries())
      for (const probe of probes)
        for (const table of [packed, plain]) {
          const common = shared(word, probe)
          // From any point up to what they share (as a binary search knows it), the same answer.
          for (let from = 0; from <= common; from += 1) {
            const result = table.compare(i, probe, from)
            expect(isBefore(result), `${word} < ${probe}`).toBe(word < probe)
            expect(sharedOf(result), `${word} / ${probe}`).toBe(common)
          }
        }
    expect(isBefore(packed.compare(words.length, 'a', 0))).toBe(true)
  })
})
