// The place index as the dataset ships it (resources/dataset/places-index.bin, a pack: ../dataset/pack.ts): the
// sorted name keys as one text table, and beside each name the places it may mean as one line of JSON; the states,
// area populations and full area names ride in its header. Loading reads the header only: a look-up is a binary
// search over the names (ASCII, compared in place, 13 steps for 5,136 names), and a name's places are parsed when
// that name is first looked up. So a start builds none of the tens of thousands of small arrays the whole index
// holds, and does not read the place tables (places.json) at all.
import {
  decodePack,
  encodePack,
  PackError,
  textValues,
  type PackFile,
  type TextDecoding,
} from '../dataset/pack'
import type { CompiledPlaces, PlaceCandidateRow } from './locationIndex'

export interface PlacesPackMeta {
  format: number
  names: number
  states: CompiledPlaces['states']
  areaPopulation: CompiledPlaces['areaPopulation']
  areaKeys: CompiledPlaces['areaKeys']
}

export function encodePlaces(index: CompiledPlaces): Uint8Array {
  return encodePack<PlacesPackMeta>(
    {
      format: index.format,
      names: index.names.length,
      states: index.states,
      areaPopulation: index.areaPopulation,
      areaKeys: index.areaKeys,
    },
    {
      names: textValues(index.names),
      rows: Array.from({ length: index.names.length }, (_, i) => JSON.stringify(index.rowsAt(i))),
    },
  )
}

export function decodePlaces(source: Uint8Array | PackFile, decoding?: TextDecoding): CompiledPlaces {
  const pack = decodePack<PlacesPackMeta>(source, decoding)
  const names = pack.text('names')
  const rows = pack.text('rows')
  if (names.length !== pack.meta.names || rows.length !== names.length)
    throw new PackError(
      `the place index holds ${names.length} names and ${rows.length} rows, not ${pack.meta.names}`,
    )
  return {
    format: pack.meta.format,
    names,
    rowsAt: (position) => JSON.parse(rows.get(position)) as PlaceCandidateRow[],
    states: pack.meta.states,
    areaPopulation: pack.meta.areaPopulation,
    areaKeys: pack.meta.areaKeys,
  }
}
