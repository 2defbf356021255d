// What My offer hands over to Negotiate: the offer on screen. Apart from the negotiation form (negotiateForm.ts), so
// that My offer's first view does not load that form's code (issue 13).
import type { EstimateInput } from '../../../../shared/contract'

export interface NegotiatePrefill {
  title: string
  location: string
  soc: string | null
  areaCode: string | null
  years: number | null
  base: number | null
  bonus: number
  stock: number
  signon: number
  /** Total pay a year of the best alternative (Compare hands over the best other offer's); absent when none. */
  alternative?: number
}

/** The prefill for the offer on screen in My offer (its last estimate request). */
export function negotiatePrefillFrom(input: EstimateInput): NegotiatePrefill {
  return {
    title: input.title,
    location: input.location,
    soc: input.soc ?? null,
    areaCode: input.areaCode ?? null,
    years: input.years ?? null,
    base: input.base,
    bonus: input.bonus ?? 0,
    stock: input.stock ?? 0,
    signon: input.signon ?? 0,
  }
}
