import { describe, expect, it } from 'vitest'
import { decodePack, encodePack, textTable } from './pack'

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

  it('say whether an entry sorts before a text, as < does, packed or not', () => {
    const packed = decodePack<null>(encodePack(null, { words })).text('words')
    const plain = textTable(words)
    for (const [i, word] of words.entries())
      for (const probe of probes) {
        expect(packed.before(i, probe), `${word} < ${probe}`).toBe(word < probe)
        expect(plain.before(i, probe), `${word} < ${probe}`).toBe(word < probe)
      }
    expect(packed.before(words.length, 'a')).toBe(true)
  })
})
