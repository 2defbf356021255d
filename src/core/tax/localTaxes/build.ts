// Small helpers to write the local tax tables briefly.
import { byFiling, same, sched } from '../schedule'
import type { Citation, StateCode } from '../types'
import type { LocalCharge, LocalFigures, LocalPlace, LocalTaxDef } from './types'

export { byFiling, sched }

export const wages = (rate: number, exemptionPerPerson?: number): LocalCharge =>
  exemptionPerPerson ? { kind: 'wages', rate, exemptionPerPerson } : { kind: 'wages', rate }
/** A flat rate on the state's taxable income. */
export const onTaxable = (rate: number): LocalCharge => ({
  kind: 'stateTaxable',
  brackets: same(sched([0, rate])),
})
export const flatFee = (amount: number, minWages: number): LocalCharge => ({ kind: 'flat', amount, minWages })

/** The same figures in 2025 and 2026 (a 2026 figure that was published and unchanged). */
export const bothYears = (f: LocalFigures) => ({ 2025: f, 2026: f })

/** One tax levied by one place, named after it. */
export function placeTax(
  state: StateCode,
  id: string,
  name: string,
  basis: LocalTaxDef['basis'],
  years: LocalTaxDef['years'],
  citation: Citation,
  more: Partial<LocalTaxDef> = {},
): LocalTaxDef {
  return { id, name, state, basis, years, citation, ...more }
}

export const place = (
  state: StateCode,
  id: string,
  name: string,
  taxes: string[],
  aliases: string[] = [],
  note?: string,
): LocalPlace => ({
  id,
  name,
  state,
  taxes,
  ...(aliases.length ? { aliases } : {}),
  ...(note ? { note } : {}),
})

export interface StateLocals {
  taxes: LocalTaxDef[]
  places: LocalPlace[]
}
