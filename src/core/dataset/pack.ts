// Worth's binary container for the compiled dataset (resources/dataset/*.bin): a JSON header, then typed arrays and
// text tables laid out so that loading is a view over the file's bytes, not a parse.
//
//   bytes 0-3   "WRTH"
//   bytes 4-7   header length H (uint32, little-endian)
//   8..8+H      header JSON (UTF-8), padded with spaces to a multiple of 8
//   then        each section, starting on a multiple of 8 from the start of the data
//
// A text table is its entries in UTF-8, each followed by a line break, with a section "<name>@" (i32) of where each
// entry starts in those bytes. An ASCII table's first reads decode their entry alone, then the table is decoded whole
// (a plain copy) and sliced; any other is decoded entry by entry, when an entry is first read.
//
// A pack is read from bytes in memory, or from its file as it is used (PackFile): a section on its first use, and a
// text table's first entries one by one before the table is read whole.
//
// Numbers are little-endian (every machine Worth runs on). Pure: no node: modules; the caller reads the bytes.

export const PACK_MAGIC = 'WRTH'

const KINDS = {
  i32: Int32Array,
  u16: Uint16Array,
  u8: Uint8Array,
  f64: Float64Array,
} as const

export type SectionKind = keyof typeof KINDS | 'text'

export interface SectionInfo {
  name: string
  kind: SectionKind
  /** Byte offset from the start of the data (the first byte after the header). */
  offset: number
  /** Bytes. */
  bytes: number
  /** Entries of a text table ("" and no entries take the same bytes). */
  count?: number
  /** A text table of ASCII only. */
  ascii?: boolean
}

export interface PackHeader<Meta> {
  meta: Meta
  sections: SectionInfo[]
}

export type SectionValue = Int32Array | Uint16Array | Uint8Array | Float64Array | readonly string[]

/** A column of strings, each read when asked for. */
export interface TextTable {
  readonly length: number
  get(i: number): string
  /**
   * Entry i against the text, without making the entry a string of its own, for a caller that knows their first
   * `from` code units agree: 2 * (code units they share) + 1 when the entry sorts before the text (get(i) < text),
   * 2 * (code units they share) otherwise (read with sharedOf and isBefore).
   */
  compare(i: number, text: string, from: number): number
}

/** The code units a compare() result says two strings share. */
export const sharedOf = (result: number): number => result >> 1
/** Whether a compare() result says the entry sorts before the text. */
export const isBefore = (result: number): boolean => (result & 1) === 1

/**
 * compare() over text held in `source` from `start`, `length` code units long: code unit by code unit from `from`,
 * as the < operator compares strings.
 */
function sharedAndBefore(source: string, start: number, length: number, text: string, from: number): number {
  const shared = Math.min(length, text.length)
  let k = from
  while (k < shared && source.charCodeAt(start + k) === text.charCodeAt(k)) k += 1
  const before = k < shared ? source.charCodeAt(start + k) < text.charCodeAt(k) : length < text.length
  return 2 * k + (before ? 1 : 0)
}

/** sharedAndBefore over ASCII bytes (each byte one code unit): reads the bytes themselves, no string made. */
function bytesSharedAndBefore(
  source: Uint8Array,
  start: number,
  length: number,
  text: string,
  from: number,
): number {
  const shared = Math.min(length, text.length)
  let k = from
  while (k < shared && source[start + k] === text.charCodeAt(k)) k += 1
  const before = k < shared ? source[start + k]! < text.charCodeAt(k) : length < text.length
  return 2 * k + (before ? 1 : 0)
}

/** compare() for a string already in memory. */
export function compareText(value: string, text: string, from: number): number {
  return sharedAndBefore(value, 0, value.length, text, from)
}

/** A text table over strings already in memory. */
export function textTable(values: readonly string[]): TextTable {
  return {
    length: values.length,
    get: (i) => values[i]!,
    compare: (i, text, from) => compareText(values[i]!, text, from),
  }
}

/** Every string of a table, in order. */
export function textValues(table: TextTable): string[] {
  return Array.from({ length: table.length }, (_, i) => table.get(i))
}

/** Turns bytes into text: `latin1` is only ever given ASCII bytes, for which it may take a faster path. */
export interface TextDecoding {
  utf8(bytes: Uint8Array): string
  latin1(bytes: Uint8Array): string
}

const webDecoding: TextDecoding = {
  utf8: (bytes) => new TextDecoder().decode(bytes),
  latin1: (bytes) => new TextDecoder().decode(bytes),
}

/**
 * Reads of an ASCII table's entries decoded one by one before the whole table is decoded at once: 1,000 entries
 * decoded alone cost about a quarter of decoding the title keys' table (1.5 MB, about 1.4 ms here) whole.
 */
export const ENTRY_READS_BEFORE_WHOLE_TABLE = 1000

export class PackError extends Error {}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

function isText(value: SectionValue): value is readonly string[] {
  return Array.isArray(value)
}

function bytesOf(value: SectionValue): { kind: SectionKind; bytes: Uint8Array } {
  if (isText(value)) {
    for (const s of value)
      if (s.includes('\n')) throw new PackError(`a text table entry holds a line break: ${JSON.stringify(s)}`)
    return { kind: 'text', bytes: new TextEncoder().encode(value.join('\n')) }
  }
  const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => value instanceof KINDS[k])!
  return { kind, bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength) }
}

const pad8 = (n: number) => (n + 7) & ~7

/** Bytes of a string in UTF-8 (a lone surrogate is written as U+FFFD, three bytes, as TextEncoder writes it). */
function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4
        i += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** The bytes of a pack: deterministic for the same meta (key order included) and sections. */
export function encodePack<Meta>(meta: Meta, sections: Record<string, SectionValue>): Uint8Array {
  if (!littleEndian) throw new PackError('packs are written on little-endian machines only')
  const parts: { info: SectionInfo; bytes: Uint8Array }[] = []
  let offset = 0
  const all: [string, SectionValue][] = []
  for (const [name, value] of Object.entries(sections)) {
    all.push([name, value])
    if (!isText(value)) continue
    // Where each string starts in the section's bytes (UTF-8), so one can be read without decoding them all.
    const starts = new Int32Array(value.length + 1)
    let at = 0
    value.forEach((v, i) => {
      starts[i] = at
      at += utf8Length(v) + 1
    })
    starts[value.length] = at
    all.push([`${name}@`, starts])
  }
  for (const [name, value] of all) {
    const { kind, bytes } = bytesOf(value)
    const info: SectionInfo = { name, kind, offset, bytes: bytes.length }
    if (isText(value)) {
      info.count = value.length
      info.ascii = value.every((v) => [...v].every((c) => c.charCodeAt(0) < 128))
    }
    parts.push({ info, bytes })
    offset = pad8(offset + bytes.length)
  }
  const header: PackHeader<Meta> = { meta, sections: parts.map((p) => p.info) }
  const json = new TextEncoder().encode(JSON.stringify(header))
  const headerBytes = pad8(json.length)
  const out = new Uint8Array(8 + headerBytes + offset)
  out.set(new TextEncoder().encode(PACK_MAGIC), 0)
  new DataView(out.buffer).setUint32(4, headerBytes, true)
  out.fill(0x20, 8, 8 + headerBytes)
  out.set(json, 8)
  for (const { info, bytes } of parts) out.set(bytes, 8 + headerBytes + info.offset)
  return out
}

/** Where the data starts and what the header says, from the first bytes of a pack (at least 8 + H of them). */
export function readPackHeader<Meta>(bytes: Uint8Array): { header: PackHeader<Meta>; dataStart: number } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== PACK_MAGIC)
    throw new PackError('not a Worth dataset pack')
  const length = new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(4, true)
  if (bytes.length < 8 + length) throw new PackError('the pack header is cut short')
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as PackHeader<Meta>
  if (!header || !Array.isArray(header.sections)) throw new PackError('the pack header names no sections')
  return { header, dataStart: 8 + length }
}

export interface Pack<Meta> {
  meta: Meta
  has(name: string): boolean
  /** What a section holds, or null when the pack has none of that name. */
  kind(name: string): SectionKind | null
  i32(name: string): Int32Array
  u16(name: string): Uint16Array
  u8(name: string): Uint8Array
  f64(name: string): Float64Array
  /** A text table, decoded on its first read. */
  text(name: string): TextTable
}

/**
 * A pack read from a file as it is needed: a section when it is first used, and at first a text table's entries one
 * by one (a command line reads a few entries of tables of megabytes, which cost milliseconds to read whole).
 */
export interface PackFile {
  /** The file's size in bytes. */
  readonly size: number
  /** `length` bytes from `position`, in an array of their own (so aligned for any type); throws when cut short. */
  read(position: number, length: number): Uint8Array
}

/**
 * Entry reads of a text table in a pack file before the whole table is read: a binary search over a table of 65,000
 * entries reads 17 of them.
 */
export const FILE_ENTRY_READS_BEFORE_WHOLE_TABLE = 64

/** A text table over its bytes in memory (`text`: the section; `starts`: its starts). */
function textInMemory(
  info: SectionInfo,
  starts: Int32Array,
  text: Uint8Array,
  decoding: TextDecoding,
): TextTable {
  const count = info.count ?? 0
  if (starts.length !== count + 1)
    throw new PackError(`section ${info.name} has ${starts.length - 1} starts, not ${count}`)
  if (count > 0 && starts[count] !== info.bytes + 1)
    throw new PackError(`section ${info.name} does not match its starts`)
  // ASCII: bytes and characters line up. The first reads decode their entry alone (a command line reads a handful
  // of a 1.5 MB table's entries); a table read often is decoded once (a plain copy) and entries are slices.
  if (info.ascii) {
    let whole: string | null = null
    let reads = 0
    return {
      length: count,
      get(i) {
        if (!(i >= 0 && i < count)) return ''
        if (whole === null && (reads += 1) <= ENTRY_READS_BEFORE_WHOLE_TABLE)
          return decoding.latin1(text.subarray(starts[i]!, starts[i + 1]! - 1))
        whole ??= decoding.latin1(text)
        return whole.slice(starts[i]!, starts[i + 1]! - 1)
      },
      // Compared on the bytes: a binary search reads a few code units of a few entries, and the table's text need
      // not be decoded for it.
      compare(i, other, from) {
        if (!(i >= 0 && i < count)) return compareText('', other, 0)
        const at = starts[i]!
        return bytesSharedAndBefore(text, at, starts[i + 1]! - 1 - at, other, from)
      },
    }
  }
  // Other text: each entry is decoded from its own bytes when first read (decoding a whole table of UTF-8 costs
  // milliseconds, and a start reads a handful of its entries).
  let decoded: (string | undefined)[] | null = null
  const get = (i: number): string => {
    if (!(i >= 0 && i < count)) return ''
    decoded ??= new Array<string | undefined>(count)
    return (decoded[i] ??= decoding.utf8(text.subarray(starts[i]!, starts[i + 1]! - 1)))
  }
  return {
    length: count,
    get,
    compare: (i, other, from) =>
      i >= 0 && i < count ? compareText(get(i), other, from) : compareText('', other, 0),
  }
}

/**
 * A text table of a pack file: its first reads read one entry each (its two starts, then its bytes); after
 * FILE_ENTRY_READS_BEFORE_WHOLE_TABLE of them the table is read whole, and read as in memory.
 */
function textInFile(
  info: SectionInfo,
  file: PackFile,
  startsAt: number,
  textAt: number,
  decoding: TextDecoding,
  whole: () => TextTable,
): TextTable {
  const count = info.count ?? 0
  let table: TextTable | null = null
  let reads = 0
  const inMemory = (): TextTable | null =>
    table ?? ((reads += 1) > FILE_ENTRY_READS_BEFORE_WHOLE_TABLE ? (table = whole()) : null)
  const entry = (i: number): Uint8Array => {
    const pair = file.read(startsAt + i * 4, 8)
    const [from, next] = new Int32Array(pair.buffer, pair.byteOffset, 2) as unknown as [number, number]
    // Entry i is [from, next - 1) of the table's bytes (next - 1 is its line break).
    if (!(from >= 0 && next - 1 >= from && next - 1 <= info.bytes))
      throw new PackError(`section ${info.name} has damaged starts`)
    return file.read(textAt + from, next - 1 - from)
  }
  return {
    length: count,
    get(i) {
      if (!(i >= 0 && i < count)) return ''
      const loaded = inMemory()
      if (loaded) return loaded.get(i)
      const bytes = entry(i)
      return info.ascii ? decoding.latin1(bytes) : decoding.utf8(bytes)
    },
    compare(i, other, from) {
      if (!(i >= 0 && i < count)) return compareText('', other, 0)
      const loaded = inMemory()
      if (loaded) return loaded.compare(i, other, from)
      const bytes = entry(i)
      return info.ascii
        ? bytesSharedAndBefore(bytes, 0, bytes.length, other, from)
        : compareText(decoding.utf8(bytes), other, from)
    },
  }
}

/** The first bytes of a pack file, through its header. */
function headerOfFile<Meta>(file: PackFile): { header: PackHeader<Meta>; dataStart: number } {
  if (file.size < 8) throw new PackError('not a Worth dataset pack')
  const first = file.read(0, 8)
  const length = new DataView(first.buffer, first.byteOffset, 8).getUint32(4, true)
  if (file.size < 8 + length) return readPackHeader<Meta>(first)
  return readPackHeader<Meta>(file.read(0, 8 + length))
}

/**
 * A pack's sections: views over its bytes in memory (copied only where the bytes are not aligned for their type), or
 * read from its file as they are used (PackFile). Either way, a pack whose sections run past its end, or hold part of
 * an element, is refused here, before any is read.
 */
export function decodePack<Meta>(
  source: Uint8Array | PackFile,
  decoding: TextDecoding = webDecoding,
): Pack<Meta> {
  if (!littleEndian) throw new PackError('packs are read on little-endian machines only')
  const file = source instanceof Uint8Array ? null : source
  const bytes = source instanceof Uint8Array ? source : null
  const size = bytes ? bytes.length : file!.size
  const { header, dataStart } = bytes ? readPackHeader<Meta>(bytes) : headerOfFile<Meta>(file!)
  const byName = new Map(header.sections.map((s) => [s.name, s]))
  for (const info of header.sections) {
    if (dataStart + info.offset + info.bytes > size) throw new PackError(`section ${info.name} is cut short`)
    if (info.kind !== 'text' && info.bytes % KINDS[info.kind].BYTES_PER_ELEMENT !== 0)
      throw new PackError(`section ${info.name} has a partial element`)
  }
  function section(name: string, kind: SectionKind): SectionInfo {
    const info = byName.get(name)
    if (!info) throw new PackError(`the pack has no section ${name}`)
    if (info.kind !== kind) throw new PackError(`section ${name} holds ${info.kind}, not ${kind}`)
    return info
  }
  /** A section's bytes: a view of the pack in memory, or a read of the file. */
  const sectionBytes = (info: SectionInfo): Uint8Array => {
    const at = dataStart + info.offset
    return bytes ? bytes.subarray(at, at + info.bytes) : file!.read(at, info.bytes)
  }
  const views = new Map<string, Int32Array | Uint16Array | Uint8Array | Float64Array>()
  function view<K extends keyof typeof KINDS>(name: string, kind: K): InstanceType<(typeof KINDS)[K]> {
    const info = section(name, kind)
    const known = views.get(name)
    if (known) return known as InstanceType<(typeof KINDS)[K]>
    const Type = KINDS[kind]
    const length = info.bytes / Type.BYTES_PER_ELEMENT
    let raw = sectionBytes(info)
    if (raw.byteOffset % Type.BYTES_PER_ELEMENT !== 0) raw = raw.slice()
    const made = new Type(raw.buffer as ArrayBuffer, raw.byteOffset, length) as InstanceType<
      (typeof KINDS)[K]
    >
    views.set(name, made)
    return made
  }
  return {
    meta: header.meta,
    has: (name) => byName.has(name),
    kind: (name) => byName.get(name)?.kind ?? null,
    i32: (name) => view(name, 'i32'),
    u16: (name) => view(name, 'u16'),
    u8: (name) => view(name, 'u8'),
    f64: (name) => view(name, 'f64'),
    text(name) {
      const info = section(name, 'text')
      const startsInfo = section(`${name}@`, 'i32')
      const whole = () => textInMemory(info, view(`${name}@`, 'i32'), sectionBytes(info), decoding)
      if (!file) return whole()
      if (startsInfo.bytes !== ((info.count ?? 0) + 1) * 4)
        throw new PackError(`section ${name} has ${startsInfo.bytes / 4 - 1} starts, not ${info.count ?? 0}`)
      return textInFile(info, file, dataStart + startsInfo.offset, dataStart + info.offset, decoding, whole)
    },
  }
}
