// The role lookup of every form with a job title and a place: the autocomplete searches that follow the typing,
// "Which Portland do you mean?" and the closest matches to an unknown title or place. One hook, so My offer,
// Market insights, Negotiate and the My offers editor search, ask and suggest alike.
import { useMemo, useState } from 'react'
import type { WorthError } from '../../../../shared/contract'
import type { LocationSearchResult } from '../../../../shared/types'
import { searchLocations, searchTitles } from '../../lib/api'
import { useDebouncedReply } from '../../lib/useDebouncedReply'
import {
  didYouMeanFor,
  locationOptions,
  locationQuestion,
  searchRequest,
  titleOptions,
  type LocationOption,
  type LocationQuestion,
  type TitleOption,
} from './roleLookup'

/**
 * Suggestions are asked for at every keystroke, with no wait: a search costs the backend under a millisecond and its
 * round trip (12-30 ms in browser mode) is shorter than the time between two keystrokes, so a debounce would only
 * add its delay to the 50 ms budget. The request goes out on the next task, so keystrokes that land together (a
 * paste, an autofill) still send one request, and a reply to an older request than the one shown is dropped.
 */
export const SEARCH_DELAY_MS = 0

/**
 * The text a field opened with (a restored draft, a saved offer) is searched for only after this wait: nobody is
 * typing it, and the first view's own request (the draft's estimate) should have the backend and the page first.
 */
export const OPENING_TEXT_DELAY_MS = 150

/** No wait for what is typed; a short one for the text the field opened with. */
function useSearchDelay(text: string): number {
  const [opening] = useState(text)
  return text === opening ? OPENING_TEXT_DELAY_MS : SEARCH_DELAY_MS
}

export interface PlaceSearch {
  options: LocationOption[]
  /** The newest successful search and the text it was for (a question is only asked about that text). */
  answered: { query: string; result: LocationSearchResult } | null
}

/** Autocomplete for one place field. */
export function usePlaceSearch(text: string): PlaceSearch {
  const request = searchRequest(text)
  const places = useDebouncedReply(request, searchLocations, useSearchDelay(text))
  const latest = request ? places.latest : null
  // The same options (and answer) between replies, so a keystroke re-renders the list only when a reply changes it.
  return useMemo(() => {
    const answered =
      latest && latest.reply.ok ? { query: latest.input.query, result: latest.reply.value } : null
    return { options: answered ? locationOptions(answered.result) : [], answered }
  }, [latest])
}

const NO_TITLES: TitleOption[] = []

/** Autocomplete for one job-title field. */
export function useTitleSearch(text: string): TitleOption[] {
  const request = searchRequest(text)
  const titles = useDebouncedReply(request, searchTitles, useSearchDelay(text))
  const reply = request ? titles.latest?.reply : undefined
  return useMemo(() => (reply?.ok ? titleOptions(reply.value) : NO_TITLES), [reply])
}

/** What the lookup reads of a form: its typed title and place, and the area picked for the place (if any). */
export interface RoleText {
  fields: { title: string; location: string }
  areaCode: string | null
}

export interface RoleLookupOptions {
  /** The error the view's own request got for what is in the form now, or null. */
  replyError?: WorthError | null
  /** The field the view reads that error as being about, or null. */
  replyField?: string | null
  /** False where the form keeps only the place's name (the My offers editor): no "Which … do you mean?". */
  ask?: boolean
}

export interface RoleLookup {
  titleOptions: TitleOption[]
  locationOptions: LocationOption[]
  /** "Which Portland do you mean?", or null. */
  question: LocationQuestion | null
  /** "Did you mean: …" for each field. */
  didYouMean: { title: string[]; location: string[] }
}

export function useRoleLookup(
  { fields: { title, location }, areaCode }: RoleText,
  { replyError = null, replyField = null, ask = true }: RoleLookupOptions = {},
): RoleLookup {
  const titles = useTitleSearch(title)
  const places = usePlaceSearch(location)
  return {
    titleOptions: titles,
    locationOptions: places.options,
    question: ask ? locationQuestion(location, areaCode, places.answered, replyError) : null,
    didYouMean: {
      title: didYouMeanFor(replyError, replyField, 'title'),
      location: didYouMeanFor(replyError, replyField, 'location'),
    },
  }
}
