// Node adapter: reads resources/dataset from disk for Electron main, browser mode, the CLI and scripts.
// It lives outside src/core so core stays free of node: modules (eslint.config.mjs enforces this).
//
// Loading parses the small JSON tables and opens the packs: titles.bin as views over its bytes, places-index.bin by
// its names (a name's places parsed when first looked up), area-wages.bin only by its header, each occupation's
// wages read from the file by offset when first asked for.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { areaWagesJson } from '../core/dataset/areaWages'
import {
  DATASET_FILES,
  type AreaWagesPackMeta,
  type AreaWagesSource,
  type CompiledDataset,
  type RawDataset,
} from '../core/dataset/format'
import { DatasetError, openDataset, type Dataset } from '../core/dataset/indexDataset'
import { PackError, readPackHeader, type PackFile, type TextDecoding } from '../core/dataset/pack'
import { decodePlaces } from '../core/locations/placesPack'
import { decodeTitles, titleRowsOf } from '../core/titles/compiledTitles'

export const DEFAULT_DATASET_DIR = resolve(__dirname, '../../resources/dataset')

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
/** Node's own decoders: ASCII tables become one-byte strings with a plain copy. */
const NODE_DECODING: TextDecoding = {
  utf8: (bytes) => asBuffer(bytes).toString('utf8'),
  latin1: (bytes) => asBuffer(bytes).toString('latin1'),
}

/** Bytes of a file from `position`, as many as asked for or as the file has. */
function readAt(path: string, position: number, length: number): Uint8Array {
  const fd = openSync(path, 'r')
  try {
    const bytes = new Uint8Array(length)
    const got = readSync(fd, bytes, 0, length, position)
    return bytes.subarray(0, got)
  } finally {
    closeSync(fd)
  }
}

// A pack file stays open while its dataset is in use, and is closed when the dataset is collected.
const openPackFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd)
  } catch {
    // Already closed: nothing to do.
  }
})

/** A pack read from its file as its sections (and entries) are used (see PackFile in core/dataset/pack). */
export function packFile(path: string): PackFile {
  const fd = openSync(path, 'r')
  let size: number
  try {
    size = fstatSync(fd).size
  } catch (error) {
    closeSync(fd)
    throw error
  }
  const file: PackFile = {
    size,
    read(position, length) {
      const bytes = new Uint8Array(length)
      let got = 0
      while (got < length) {
        const n = readSync(fd, bytes, got, length - got, position + got)
        if (n === 0)
          throw new PackError(
            `${basename(path)} ends at ${position + got} bytes, before ${position + length}`,
          )
        got += n
      }
      return bytes
    },
  }
  openPackFiles.register(file, fd)
  return file
}

/** area-wages.bin by its header; an occupation's levels are read from the file when asked for. */
export function openAreaWages(path: string): AreaWagesSource {
  let head = readAt(path, 0, 64 * 1024)
  let opened: ReturnType<typeof readPackHeader<AreaWagesPackMeta>>
  try {
    opened = readPackHeader<AreaWagesPackMeta>(head)
  } catch {
    // A header longer than the first read: read exactly as much as it says.
    const length = new DataView(head.buffer, head.byteOffset).getUint32(4, true)
    head = readAt(path, 0, 8 + length)
    opened = readPackHeader<AreaWagesPackMeta>(head)
  }
  const { header, dataStart } = opened
  const section = header.sections.find((s) => s.name === 'levels' && s.kind === 'i32')
  if (!section) throw new Error(`${path}: no levels section`)
  const { format, socs, areas } = header.meta
  const block = areas * 4 * Int32Array.BYTES_PER_ELEMENT
  return {
    format,
    socs,
    areas,
    read(position) {
      if (position < 0 || position >= socs.length || (position + 1) * block > section.bytes)
        return new Int32Array(0)
      const bytes = readAt(path, dataStart + section.offset + position * block, block)
      return new Int32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.length / 4))
    },
  }
}

/**
 * Reads one file of the dataset; a file that is missing, cut short or not what it should be ends in a DatasetError
 * naming it (the shells show its message), not in an error from deep inside the reader.
 */
function fromFile<T>(dir: string, name: string, read: (path: string) => T): T {
  try {
    return read(join(dir, name))
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new DatasetError(`Dataset is damaged: ${name}: ${reason}. Rebuild it with npm run data:build.`)
  }
}

const jsonFile = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))

export function readCompiledDataset(dir: string = DEFAULT_DATASET_DIR): CompiledDataset {
  const read = <T>(name: string) => fromFile(dir, name, jsonFile) as T
  const titles = fromFile(dir, DATASET_FILES.titles, (path) => decodeTitles(packFile(path), NODE_DECODING))
  return {
    metadata: read(DATASET_FILES.metadata),
    occupations: read(DATASET_FILES.occupations),
    areas: read(DATASET_FILES.areas),
    areaWages: fromFile(dir, DATASET_FILES.areaWages, openAreaWages),
    titles: { format: titles.meta.format, compiled: titles.titles },
    profiles: read(DATASET_FILES.profiles),
    costOfLiving: read(DATASET_FILES.costOfLiving),
    placesIndex: fromFile(dir, DATASET_FILES.placesIndex, (path) =>
      decodePlaces(packFile(path), NODE_DECODING),
    ),
  }
}

/** The dataset in its JSON shape (the data the build made it from): for checks and the bench's parse baseline. */
export function readRawDataset(dir: string = DEFAULT_DATASET_DIR): RawDataset {
  const { placesIndex: _index, ...compiled } = readCompiledDataset(dir)
  return {
    ...compiled,
    places: fromFile(dir, DATASET_FILES.places, jsonFile) as RawDataset['places'],
    areaWages: areaWagesJson(compiled.areaWages),
    titles: { format: compiled.titles.format, titles: titleRowsOf(compiled.titles.compiled) },
  }
}

export function loadDatasetFromDisk(dir: string = DEFAULT_DATASET_DIR): Dataset {
  return openDataset(readCompiledDataset(dir))
}
