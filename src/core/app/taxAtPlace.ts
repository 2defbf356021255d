// The tax:compute handler: reads the places the user typed (the dataset's place index, as every feature does),
// then runs the tax engine. Problems come back as WorthFailures naming the contract's field.
import type { ParsedInput } from '../../shared/contract'
import type { TaxAtPlaceResult } from '../../shared/tax'
import { WorthFailure } from '../errors'
import { computeTax } from '../tax/computeTax'
import { stateForPlace, workPlaceFor, type ResolvePlace } from '../tax/stateForPlace'
import { TaxInputError, type TaxErrorField } from '../tax/types'

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
  // The same reading of a work place as Compare's and the equivalent salary's.
  const work = workPlaceFor(input.workLocation, place, resolve)
  if (!work.ok) throw placeFailure('workLocation', work.message)
  const { workLocality, note: workNote } = work
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
