// OFLC area wages in their compiled form: one run of 32-bit integers per occupation (levels I-IV for every area in
// area order), so an occupation's wages are read by offset, only when asked for.
import { decodePack, encodePack } from './pack'
import type { AreaWagesFile, AreaWagesPackMeta, AreaWagesSource } from './format'

export function encodeAreaWages(file: AreaWagesFile, areas: number): Uint8Array {
  const socs = Object.keys(file.wages)
  const levels = new Int32Array(socs.length * areas * 4)
  socs.forEach((soc, i) => {
    const values = file.wages[soc]!
    if (values.length !== areas * 4) throw new Error(`area wages for ${soc} have ${values.length} values`)
    for (const v of values)
      if (!Number.isInteger(v) || v < 0 || v > 0x7fffffff)
        throw new Error(`area wage ${v} for ${soc} is not a whole dollar amount`)
    levels.set(values, i * areas * 4)
  })
  return encodePack<AreaWagesPackMeta>({ format: file.format, socs, areas }, { levels })
}

/** A source over wages already in memory (a whole pack, or JSON-shaped wages). */
export function areaWagesFromPack(bytes: Uint8Array): AreaWagesSource {
  const pack = decodePack<AreaWagesPackMeta>(bytes)
  const levels = pack.i32('levels')
  const { format, socs, areas } = pack.meta
  const block = areas * 4
  return {
    format,
    socs,
    areas,
    read: (position) => levels.subarray(position * block, (position + 1) * block),
  }
}

export function areaWagesFromJson(file: AreaWagesFile, areas: number): AreaWagesSource {
  const socs = Object.keys(file.wages)
  return {
    format: file.format,
    socs,
    areas,
    read: (position) => Int32Array.from(file.wages[socs[position]!]!),
  }
}

/** Back to the JSON shape (for checks and the bench's parse baseline). */
export function areaWagesJson(source: AreaWagesSource): AreaWagesFile {
  const wages: Record<string, number[]> = {}
  source.socs.forEach((soc, i) => (wages[soc] = Array.from(source.read(i))))
  return { format: source.format, wages }
}
