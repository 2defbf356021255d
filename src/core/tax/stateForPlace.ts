// Which state (and which taxing city) a place the user typed is in, using the dataset's place index.
import type { LocationMatch } from '../../shared/types'
import type { Locality, StateCode } from './types'
import { parseStateCode } from './computeTax'
import { isRemote } from '../locations/locationIndex'
import { localForPlace } from './localForPlace'
import { ambiguousPlaceMessage, type PlaceField } from '../locations/placeMessages'

export type PlaceTax =
  | { ok: true; state: StateCode; locality: Locality | null; label: string; note: string | null }
  | { ok: false; message: string }

/** Place resolution: the dataset's location index (dataset.locations.resolve), the one resolver for every feature. */
export type ResolvePlace = (text: string) => LocationMatch[]

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** "Brooklyn, NY" -> { name: 'brooklyn', state: 'NY' }; the state part is optional. */
function splitLabel(label: string): { name: string; state: string | null } {
  const comma = label.lastIndexOf(',')
  if (comma < 0) return { name: key(label), state: null }
  return {
    name: key(label.slice(0, comma)),
    state: label
      .slice(comma + 1)
      .trim()
      .toUpperCase(),
  }
}

/** The locality a place label names, if Worth models a local tax there (the lookup is localForPlace.ts). */
export function localityOf(label: string, state: StateCode): Locality | null {
  return localForPlace(label, state).locality
}

/** States in an OEWS area name's suffix: "New York-Newark-Jersey City, NY-NJ" -> ['NY', 'NJ']. */
function areaStates(areaName: string): string[] {
  const comma = areaName.lastIndexOf(',')
  return comma < 0
    ? []
    : areaName
        .slice(comma + 1)
        .trim()
        .split('-')
}

/**
 * The state one match stands for, or 'spans' when it is a whole area spanning several states and the user's text
 * named none of them ("Kansas City, KS" names Kansas, one of the Kansas City, MO-KS area's states).
 */
function stateOfMatch(m: LocationMatch, typedState: StateCode | null): StateCode | 'spans' | null {
  if (m.kind === 'national') return null
  if (m.kind === 'state') return m.state ? parseStateCode(m.state) : null
  const isWholeArea = m.label === m.areaName
  const states = areaStates(m.areaName)
  if (isWholeArea && states.length > 1)
    return typedState && states.includes(typedState) ? typedState : 'spans'
  return parseStateCode((isWholeArea ? states[0] : m.state) ?? '')
}

/** The state the text's ", ST" (or ", State name") part names, if any. */
function typedStateCode(typed: string | null, resolve: ResolvePlace): StateCode | null {
  if (!typed) return null
  const code = parseStateCode(typed)
  if (code) return code
  const asState = resolve(typed).find((m) => m.kind === 'state' && m.label.toUpperCase() === typed)
  return asState?.state ? parseStateCode(asState.state) : null
}

/**
 * Resolves a place such as "Seattle, WA", "New York, NY", "Philadelphia" or "Texas" to a state and, for New York
 * City, Yonkers and Philadelphia, the locality. A metro area that spans states, or a name shared by places in
 * different states, is refused with a message asking which state.
 */
export function stateForPlace(text: string, resolve: ResolvePlace, field: PlaceField = 'Location'): PlaceTax {
  const trimmed = text.trim()
  if (!trimmed)
    return { ok: false, message: 'give a city and state or a state, e.g. "Seattle, WA" or "Texas".' }

  // The state comes from the place resolver alone (the same one the estimate uses), so "NYC", "Brooklyn, NY" and
  // "DC" mean the same place here as everywhere else.
  const { state: typedState } = splitLabel(trimmed)
  const matches = resolve(trimmed)
  if (!matches.length && isRemote(trimmed))
    return {
      ok: false,
      message:
        'a remote job is taxed where you live and work; give your state or city and state, e.g. "Texas" or "Denver, CO".',
    }
  if (!matches.length) {
    const code = parseStateCode(trimmed)
    if (code) return { ok: true, state: code, locality: null, label: code, note: null }
    // A town with a local tax that the wage data's place list lacks ("Dublin, OH", "Towson, MD").
    const typedCode = typedState ? parseStateCode(typedState) : null
    const local = typedCode ? localForPlace(trimmed, typedCode) : null
    if (typedCode && local?.locality)
      return { ok: true, state: typedCode, locality: local.locality, label: trimmed, note: local.note }
    return {
      ok: false,
      message: `no place called "${trimmed}" is known; give a city and state, e.g. "Austin, TX", or a state.`,
    }
  }
  if (matches.every((m) => m.kind === 'national'))
    return {
      ok: false,
      message: 'taxes depend on the state; give a state or a city and state, e.g. "Texas" or "Denver, CO".',
    }

  const named = typedStateCode(typedState, resolve)
  const spanning = matches.find((m) => stateOfMatch(m, named) === 'spans')
  if (spanning && matches.length === 1) {
    const states = areaStates(spanning.areaName)
    const city = spanning.areaName.split('-')[0]!.replace(/,.*$/, '')
    return {
      ok: false,
      message: `"${spanning.areaName}" spans ${states.join(', ')}; say which state, e.g. "${city}, ${states[0]}" or "${city}, ${states[1]}".`,
    }
  }

  const resolved = matches
    .map((m) => ({ m, state: stateOfMatch(m, named) }))
    .filter((x): x is { m: LocationMatch; state: StateCode } => x.state !== null && x.state !== 'spans')
  const states = [...new Set(resolved.map((x) => x.state))]
  // The same sentence as the estimate's, so every feature asks about "Portland" in the same words.
  if (states.length !== 1) return { ok: false, message: ambiguousPlaceMessage(trimmed, matches, field) }
  const state = states[0]!
  // A state name that is also a city ("New York") reads as the state.
  const stateMatch = resolved.find((x) => x.m.kind === 'state')
  if (stateMatch) {
    // "New York" and "NY" both name the state and the city of New York, which has its own income tax.
    const cityMatch = resolved.find((x) => x.m.kind !== 'state' && localityOf(x.m.label, state) !== null)
    const cityLabel =
      cityMatch?.m.label ??
      (localityOf(stateMatch.m.label, state) !== null ? `${stateMatch.m.label}, ${state}` : null)
    return {
      ok: true,
      state,
      locality: null,
      label: stateMatch.m.label,
      note: cityLabel
        ? `Read "${trimmed}" as the state; for the city's own tax, give the city and state, e.g. "${cityLabel}".`
        : null,
    }
  }
  const chosen = resolved[0]!.m
  // A whole area spanning states, placed in one by the text's ", ST": keep what the user typed as the label.
  const label =
    chosen.label === chosen.areaName && areaStates(chosen.areaName).length > 1 ? trimmed : chosen.label
  const local = localForPlace(label, state)
  return { ok: true, state, locality: local.locality, label, note: local.note }
}

export type WorkPlaceTax =
  | { ok: true; workLocality: Locality | null; label: string | null; note: string | null }
  | { ok: false; message: string }

/**
 * A separate work place for someone who lives at `home`: its locality when it charges people who work there (the
 * tax engine's `workLocality`), through the same resolver and questions as the home place. Empty text means they work
 * where they live. A work place in another state is refused: Worth taxes one state.
 */
export function workPlaceFor(
  text: string | null | undefined,
  home: { state: StateCode; locality: Locality | null },
  resolve: ResolvePlace,
): WorkPlaceTax {
  if (!text || !text.trim()) return { ok: true, workLocality: null, label: null, note: null }
  const work = stateForPlace(text, resolve, 'Work location')
  if (!work.ok) return work
  if (work.state !== home.state)
    return {
      ok: false,
      message: `is in ${work.state}, not ${home.state}: Worth computes taxes as if you live and work in one state.`,
    }
  const notes = [
    work.note,
    work.locality
      ? null
      : `Work place "${work.label}": Worth knows no local tax charged to people who work there.`,
  ].filter((n): n is string => n !== null)
  return {
    ok: true,
    workLocality: work.locality === home.locality ? null : work.locality,
    label: work.label,
    note: notes.length ? notes.join(' ') : null,
  }
}
