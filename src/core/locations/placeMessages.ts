// What Worth says when a place the user typed could mean several: one message for every feature (estimate,
// insights, negotiate, tax, compare), built from the one resolver's matches.
import type { LocationMatch } from '../../shared/types'
import { placeKey } from './locationIndex'

/** The input a place was typed in, as a message names it. */
export type PlaceField = 'Location' | 'Work location'

/** A match as a choice: its label, and its wage area when that says more ("Columbus, NE (Northeast Nebraska ...)"). */
export function placeChoice(m: LocationMatch): string {
  if (m.kind === 'state' || m.kind === 'national') return m.label
  return placeKey(m.label) === placeKey(m.areaName) ? m.label : `${m.label} (${m.areaName})`
}

/** The choices to offer for an ambiguous place, biggest first (the resolver's order), at most `limit`. */
export function placeChoices(matches: readonly LocationMatch[], limit = 12): string[] {
  return matches.slice(0, limit).map(placeChoice)
}

/**
 * `Location "Portland" could mean several places: Portland, OR (...); Portland, ME (...). Add the state, e.g.
 * "Portland, OR".` The example is a place other than the text typed ("Washington" -> "Washington, DC"). `field`
 * names the input the text came from ("Work location" for where someone works).
 */
export function ambiguousPlaceMessage(
  text: string,
  matches: readonly LocationMatch[],
  field: PlaceField = 'Location',
): string {
  const typed = text.trim()
  const places = matches.filter((m) => m.kind !== 'state' && m.kind !== 'national')
  const example = places.find((m) => placeKey(m.label) !== placeKey(typed)) ?? places[0] ?? matches[0]
  return `${field} "${typed}" could mean several places: ${placeChoices(matches).join('; ')}.${example ? ` Add the state, e.g. "${example.label}".` : ''}`
}
