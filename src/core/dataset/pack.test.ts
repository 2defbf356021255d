import { describe, expect, it } from 'vitest'
import {
  decodePack,
  encodePack,
  ENTRY_READS_BEFORE_WHOLE_TABLE,
  isBefore,
  PackError,
  sharedOf,
  textTable,
  type TextDecoding,
} from './pack'

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

  it('compare an ASCII table on its bytes as < does, without decoding its text', () => {
    const ascii = words.filter((w) => [...w].every((c) => c.charCodeAt(0) < 128))
    let decodedTables = 0
    const spy: TextDecoding = {
      utf8: (bytes) => new TextDecoder().decode(bytes),
      latin1: (bytes) => (decodedTables++, new TextDecoder('latin1').decode(bytes)),
    }
    const table = decodePack<null>(encodePack(null, { ascii }), spy).text('ascii')
    for (const [i, word] of ascii.entries())
      for (const probe of [...probes, 'Señor', '日本', 'nurse\u00e9', 'a\u0000'])
        for (let from = 0; from <= Math.min(word.length, probe.length); from += 1) {
          if (word.slice(0, from) !== probe.slice(0, from)) break
          const result = table.compare(i, probe, from)
          expect(isBefore(result), `${word} < ${probe}`).toBe(word < probe)
          let k = 0
          while (k < word.length && k < probe.length && word[k] === probe[k]) k += 1
          expect(sharedOf(result)).toBe(k)
        }
    expect(decodedTables).toBe(0)
    expect(table.get(2)).toBe(ascii[2])
    expect(decodedTables).toBe(1)
  })

  it('decode an ASCII entry alone at its first reads, and the whole table once it is read often', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `title ${String(i).padStart(3, '0')}`)
    const decoded: number[] = []
    const spy: TextDecoding = {
      utf8: (bytes) => new TextDecoder().decode(bytes),
      latin1: (bytes) => (decoded.push(bytes.length), new TextDecoder('latin1').decode(bytes)),
    }
    const table = decodePack<null>(encodePack(null, { keys }), spy).text('keys')
    const wholeBytes = keys.join('').length + keys.length - 1
    for (let read = 0; read < ENTRY_READS_BEFORE_WHOLE_TABLE + 50; read += 1) {
      const i = (read * 7) % keys.length
      expect(table.get(i)).toBe(keys[i])
    }
    expect(decoded.slice(0, ENTRY_READS_BEFORE_WHOLE_TABLE)).toEqual(
      Array(ENTRY_READS_BEFORE_WHOLE_TABLE).fill(9),
    )
    expect(decoded.slice(ENTRY_READS_BEFORE_WHOLE_TABLE)).toEqual([wholeBytes])
    expect(table.get(-1)).toBe('')
    expect(table.get(keys.length)).toBe('')
  })

  it('read each entry of a non-ASCII table from its own bytes, never the whole table', () => {
    const mixed = ['Señor', '日本語', 'emoji 😀 x', 'lone \ud800 surrogate', '', 'plain', 'Zoë']
    const decoded: number[] = []
    const utf8 = new TextDecoder()
    const spy: TextDecoding = {
      utf8: (bytes) => (decoded.push(bytes.length), utf8.decode(bytes)),
      latin1: (bytes) => utf8.decode(bytes),
    }
    const table = decodePack<null>(encodePack(null, { mixed }), spy).text('mixed')
    expect(table.get(1)).toBe('日本語')
    expect(decoded).toEqual([9])
    expect(table.get(1)).toBe('日本語') // kept, not decoded again
    expect(decoded).toEqual([9])
    const back = Array.from({ length: table.length }, (_, i) => table.get(i))
    expect(back).toEqual(mixed.map((m) => utf8.decode(new TextEncoder().encode(m))))
    expect(table.get(-1)).toBe('')
    expect(table.get(mixed.length)).toBe('')
    for (const [i, word] of back.entries())
      for (const probe of [...probes, 'Señor', 'Seños', 'emoji', '日本'])
        expect(isBefore(table.compare(i, probe, 0))).toBe(word < probe)
  })

  it('refuse starts that do not fit the bytes', () => {
    const bytes = encodePack(null, { words })
    const text = new TextDecoder().decode(bytes)
    // The last start says how many bytes the table has, plus one; another value means the file is damaged.
    const header = JSON.parse(text.slice(8, 8 + new DataView(bytes.buffer).getUint32(4, true)))
    const starts = header.sections.find((s: { name: string }) => s.name === 'words@')
    const data = 8 + new DataView(bytes.buffer).getUint32(4, true)
    new DataView(bytes.buffer).setInt32(data + starts.offset + 4 * words.length, 3, true)
    expect(() => decodePack<null>(bytes).text('words')).toThrow(PackError)
  })
})
