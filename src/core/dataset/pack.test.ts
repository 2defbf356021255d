import { describe, expect, it } from 'vitest'
import {
  decodePack,
  encodePack,
  ENTRY_READS_BEFORE_WHOLE_TABLE,
  FILE_ENTRY_READS_BEFORE_WHOLE_TABLE,
  isBefore,
  PackError,
  readPackHeader,
  sharedOf,
  textTable,
  type PackFile,
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

describe('packs read from a file as they are used', () => {
  /** A PackFile over bytes in memory that records every read. */
  function recordedFile(bytes: Uint8Array) {
    const reads: [number, number][] = []
    const file: PackFile = {
      size: bytes.length,
      read(position, length) {
        if (position + length > bytes.length) throw new PackError('cut short')
        reads.push([position, length])
        return bytes.slice(position, position + length)
      },
    }
    return { file, reads }
  }
  const keys = Array.from({ length: 500 }, (_, i) => `key ${String(i).padStart(3, '0')}`)
  const names = Array.from({ length: 500 }, (_, i) => `café ${i}`)
  const numbers = Int32Array.from({ length: 1000 }, (_, i) => i * 3 - 7)
  const packed = encodePack({ n: 1 }, { keys, names, numbers, weights: Float64Array.from([0.5, 1.5]) })

  it('read the header only when opened, and a column when first used, once', () => {
    const { file, reads } = recordedFile(packed)
    const pack = decodePack<{ n: number }>(file)
    expect(pack.meta).toEqual({ n: 1 })
    const headerReads = reads.length
    expect(reads.every(([position]) => position === 0)).toBe(true)
    expect(Array.from(pack.i32('numbers'))).toEqual(Array.from(numbers))
    expect(pack.i32('numbers')).toBe(pack.i32('numbers'))
    expect(reads.length).toBe(headerReads + 1)
    expect(reads.at(-1)![1]).toBe(numbers.byteLength)
    expect(Array.from(pack.f64('weights'))).toEqual([0.5, 1.5])
  })

  it('read a text table entry by entry at first, then whole, with the same answers as in memory', () => {
    for (const [name, values] of [
      ['keys', keys],
      ['names', names],
    ] as const) {
      const { file, reads } = recordedFile(packed)
      const fromFile = decodePack<null>(file).text(name)
      const inMemory = decodePack<null>(packed).text(name)
      const opened = reads.length
      expect(fromFile.length).toBe(values.length)
      expect(reads.length).toBe(opened)
      for (let read = 0; read < FILE_ENTRY_READS_BEFORE_WHOLE_TABLE; read += 1) {
        const i = (read * 37) % values.length
        expect(read % 2 ? fromFile.get(i) : fromFile.compare(i, values[i]!.slice(0, 5), 2)).toEqual(
          read % 2 ? values[i] : inMemory.compare(i, values[i]!.slice(0, 5), 2),
        )
      }
      // Two small reads an entry: its two starts, then its bytes.
      expect(reads.length).toBe(opened + 2 * FILE_ENTRY_READS_BEFORE_WHOLE_TABLE)
      expect(reads.slice(opened).every(([, length]) => length < 16)).toBe(true)
      for (const [i, value] of values.entries()) {
        expect(fromFile.get(i)).toBe(value)
        for (const probe of ['', 'key 2', 'café 4', value, `${value}!`, 'zzz'])
          expect(fromFile.compare(i, probe, 0)).toBe(inMemory.compare(i, probe, 0))
      }
      // Then the table whole, once: its starts and its text.
      expect(reads.length).toBe(opened + 2 * FILE_ENTRY_READS_BEFORE_WHOLE_TABLE + 2)
      expect(fromFile.get(-1)).toBe('')
      expect(fromFile.get(values.length)).toBe('')
    }
  })

  it('refuse a pack cut short when it is opened, and damaged starts when an entry is read', () => {
    expect(() => decodePack(recordedFile(packed.slice(0, packed.length - 8)).file)).toThrow(/cut short/)
    expect(() => decodePack(recordedFile(packed.slice(0, 6)).file)).toThrow(PackError)
    expect(() => decodePack(recordedFile(packed.slice(0, 40)).file)).toThrow(/header is cut short/)
    const damaged = packed.slice()
    const { header, dataStart } = readPackHeader<unknown>(damaged)
    const starts = header.sections.find((s) => s.name === 'keys@')!
    new DataView(damaged.buffer).setInt32(dataStart + starts.offset + 4 * 3, 1_000_000, true)
    const table = decodePack<null>(recordedFile(damaged).file).text('keys')
    expect(table.get(0)).toBe(keys[0])
    expect(() => table.get(3)).toThrow(/damaged starts/)
  })
})
