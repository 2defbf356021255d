// BEA Regional Price Parities (2023, all items) for each OEWS area: the metro's own RPP where BEA publishes one,
// the state's otherwise (non-metro areas, metros new in the 2023 delineation), none for the territories.
import type { CostOfLivingFile } from '../../src/core/dataset/format'

/**
 * BEA's 2023 RPPs use the 2020-era metro delineation. These metros were renamed or recoded in the July 2023
 * delineation that OEWS uses; the OEWS area on the right took over the metro on the left (OMB Bulletin 23-01).
 */
export const BEA_METRO_SUCCESSORS: Record<string, string> = {
  '17460': '17410', // Cleveland-Elyria, OH -> Cleveland, OH
  '15680': '30500', // California-Lexington Park, MD -> Lexington Park, MD
  '39100': '28880', // Poughkeepsie-Newburgh-Middletown, NY -> Kiryas Joel-Poughkeepsie-Newburgh, NY
  '45540': '48680', // The Villages, FL -> Wildwood-The Villages, FL
}

export function readMetroRpp(rows: Record<string, string>[]): Map<string, { name: string; rpp: number }> {
  const out = new Map<string, { name: string; rpp: number }>()
  for (const r of rows) {
    if ((r.Description ?? '').trim() !== 'RPPs: All items') continue
    const code = (r.GeoFIPS ?? '').trim()
    const rpp = Number(r['RPP 2023'])
    if (!/^\d{5}$/.test(code) || !(rpp > 0)) continue
    out.set(code, {
      name: (r.GeoName ?? '').replace(/\s*\(Metropolitan Statistical Area\)\s*\*?$/, '').trim(),
      rpp,
    })
  }
  return out
}

export function readStateRpp(
  rows: Record<string, string>[],
  stateAbByName: Map<string, string>,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of rows) {
    if ((r.LineCode ?? '').trim() !== '5') continue
    const ab = stateAbByName.get((r.GeoName ?? '').trim())
    const rpp = Number(r['2023'])
    if (ab && rpp > 0) out.set(ab, rpp)
  }
  return out
}

export function costOfLiving(
  areas: { code: string; state: string; kind: 'metro' | 'nonmetro' }[],
  metro: Map<string, { name: string; rpp: number }>,
  states: Map<string, number>,
): Pick<CostOfLivingFile, 'areas' | 'states'> {
  const byOews = new Map<string, { name: string; rpp: number; beaCode: string }>()
  for (const [code, m] of metro) byOews.set(BEA_METRO_SUCCESSORS[code] ?? code, { ...m, beaCode: code })
  const out: CostOfLivingFile['areas'] = {}
  for (const a of areas) {
    const m = a.kind === 'metro' ? byOews.get(a.code) : undefined
    if (m) out[a.code] = [m.rpp, 'metro', m.beaCode]
    else if (states.has(a.state)) out[a.code] = [states.get(a.state)!, 'state', a.state]
  }
  return { areas: out, states: Object.fromEntries([...states.entries()].sort()) }
}
