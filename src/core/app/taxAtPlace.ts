// The tax:compute handler: reads the places the user typed (the dataset's place index, as every feature does),
// then runs the tax engine. Problems come back as WorthFailures naming the contract's field.
import type { ParsedInput } from '../../shared/contract'
import type { TaxAtPlaceResult } from '../../shared/tax'
import { WorthFailure } from '../errors'
import { computeTax } from '../tax/computeTax'
import { stateForPlace, type ResolvePlace } from '../tax/stateForPlace'
import { TaxInputError, type Locality, type TaxErrorField } from '../tax/types'

/** The tax engine's field names, as the contract's input names them. */
const FIELD: Record<TaxErrorField, string> = {
  year: 'taxYear',
  filing: 'filing',
  state: 'location',
  locality: 'location',
  workLocality: 'workLocation',
  wages: 'wages',
  k401: 'k401',
}

const placeFailure = (field: 'location' | 'workLocation', message: string) =>
  new WorthFailure({ code: 'unknown-location', field, message })

export function taxAtPlace(input: ParsedInput<'tax:compute'>, resolve: ResolvePlace): TaxAtPlaceResult {
  const place = stateForPlace(input.location, resolve)
  if (!place.ok) throw placeFailure('location', place.message)
  let workLocality: Locality | null = null
  let workNote: string | null = null
  if (input.workLocation !== undefined) {
    const work = stateForPlace(input.workLocation, resolve)
    if (!work.ok) throw placeFailure('workLocation', work.message)
    if (work.state !== place.state)
      throw placeFailure(
        'workLocation',
        `is in ${work.state}, not ${place.state}: Worth computes taxes as if you live and work in one state.`,
      )
    if (!work.locality)
      workNote = `Work place "${work.label}": Worth knows no local tax charged to people who work there.`
    workLocality = work.locality === place.locality ? null : work.locality
  }
  try {
    const tax = computeTax({
      year: input.taxYear,
      filing: input.filing,
      state: place.state,
      locality: place.locality,
      workLocality,
      wages: input.wages,
      k401: input.k401,
    })
    const notes = [place.note, workNote].filter((n): n is string => n !== null)
    return {
      place: place.label,
      notes,
      tax: notes.length ? { ...tax, notModelled: [...notes, ...tax.notModelled] } : tax,
    }
  } catch (error) {
    if (error instanceof TaxInputError)
      throw new WorthFailure({ code: 'invalid-input', field: FIELD[error.field], message: error.message })
    throw error
  }
}
