// The role lookup's pure rules, shared by every form with a job title or a place (My offer, Market insights,
// Negotiate, the My offers editor, Compare's equivalent salary): the search requests, the autocomplete options,
// "Which Portland do you mean?", the closest matches to offer, and how fresh the shown result is.
import type { WorthError } from '../../../../shared/contract'
import type { LocationSearchResult, TitleSearchResult } from '../../../../shared/types'
import type { ComboboxOption } from '../../components/Combobox'
import type { DebouncedReply } from '../../lib/useDebouncedReply'

/** How many suggestions a title or place search asks for. */
export const SEARCH_LIMIT = 8

/** The search request for what is typed in a title or place field, or null when there is nothing to search. */
export function searchRequest(text: string): { query: string; limit: number } | null {
  const query = text.trim()
  return query ? { query, limit: SEARCH_LIMIT } : null
}

/**
 * The closest matches the backend offered for one field ("Did you mean: …"), when the view's reply error is about
 * that field; else none.
 */
export function didYouMeanFor(
  replyError: WorthError | null,
  replyField: string | null,
  field: string,
): string[] {
  return replyField === field && replyError?.suggestions?.length ? replyError.suggestions : []
}

/** The error of the reply to what is in the form now (an older reply's error no longer applies), or null. */
export function currentError(answer: DebouncedReply<unknown, unknown>): WorthError | null {
  const reply = answer.latest && answer.latest.key === answer.key ? answer.latest.reply : null
  return reply && !reply.ok ? reply.error : null
}

/** The form's own messages, with the backend's message under the field it is about (the form's own wins). */
export function withReplyError<F extends string>(
  errors: Partial<Record<F, string>>,
  field: F | null,
  error: WorthError | null,
): Partial<Record<F, string>> {
  return field && error && !errors[field] ? { ...errors, [field]: error.message } : errors
}

export interface TitleOption extends ComboboxOption {
  title: string
  soc: string
}

export interface LocationOption extends ComboboxOption {
  areaCode: string
}

export function titleOptions(result: TitleSearchResult | null): TitleOption[] {
  if (!result) return []
  return result.suggestions.map((s) => ({
    key: `${s.title}|${s.soc}`,
    label: s.title,
    detail: s.occupation,
    title: s.title,
    soc: s.soc,
  }))
}

export function locationOptions(result: LocationSearchResult | null): LocationOption[] {
  if (!result) return []
  return result.matches.map((m) => ({
    key: m.areaCode + '|' + m.label,
    label: m.label,
    detail: m.areaName === m.label ? undefined : m.areaName,
    areaCode: m.areaCode,
  }))
}

export interface LocationChoice {
  label: string
  /** Null when only the label is known (the user's pick then replaces the typed text). */
  areaCode: string | null
  detail?: string
}

export interface LocationQuestion {
  /** The name as the user typed it: "Which <name> do you mean?" */
  name: string
  choices: LocationChoice[]
}

/**
 * Asks which place the user means when the estimate says the location is ambiguous, or the search for exactly
 * the typed text found several places. Labels from the estimate error are matched to the search's area codes.
 */
export function locationQuestion(
  typed: string,
  pickedAreaCode: string | null,
  search: { query: string; result: LocationSearchResult } | null,
  estimateError: WorthError | null,
): LocationQuestion | null {
  const name = typed.trim()
  if (name === '' || pickedAreaCode) return null
  const matches = search && search.query === name ? search.result.matches : []
  // The estimate names places either by label ("Portland, ME") or by label and area ("Portland, ME (Portland-…)").
  const matchFor = (suggestion: string) =>
    matches.find((m) => suggestion === m.label || suggestion.startsWith(`${m.label} (`))

  if (estimateError?.code === 'ambiguous-location') {
    const suggestions = estimateError.suggestions ?? []
    const choices: LocationChoice[] =
      suggestions.length > 0
        ? suggestions.map((suggestion) => {
            const match = matchFor(suggestion)
            return match
              ? { label: match.label, areaCode: match.areaCode, detail: match.areaName }
              : { label: suggestion, areaCode: null }
          })
        : matches.map((m) => ({ label: m.label, areaCode: m.areaCode, detail: m.areaName }))
    return choices.length > 0 ? { name, choices } : null
  }

  if (search && search.query === name && search.result.ambiguous && matches.length > 1) {
    return {
      name,
      choices: matches.map((m) => ({ label: m.label, areaCode: m.areaCode, detail: m.areaName })),
    }
  }
  return null
}

export interface Freshness {
  stale: boolean
  /** What to tell the user about the result on screen, or null when it is current. */
  message: string | null
}

/** Says whether the result on screen still answers what is in the form. */
export function freshness(args: {
  hasResult: boolean
  /** Fields with a message on screen (the form's own checks). */
  fieldErrors: number
  /** The error the backend gave for the current form, if any. */
  replyError: WorthError | null
  /** False while a required field is still empty. */
  complete: boolean
}): Freshness {
  const { hasResult, fieldErrors, replyError, complete } = args
  if (!hasResult) return { stale: false, message: null }
  if (fieldErrors > 0 || (replyError?.field && replyError.code !== 'ambiguous-location')) {
    return { stale: true, message: 'Out of date — fix the highlighted field' }
  }
  if (replyError?.code === 'ambiguous-location') {
    return { stale: true, message: 'Out of date — choose which place you mean' }
  }
  if (replyError) return { stale: true, message: `Out of date — ${replyError.message}` }
  if (!complete)
    return { stale: true, message: 'Out of date — fill in the job title, location and base salary' }
  return { stale: false, message: null }
}

/** How one view words its status line while it has no result; each part ends a sentence the lookup starts. */
export interface StatusWords {
  /** After "Choose which Portland you mean " and "Fix the highlighted field ", e.g. "to work out your ask". */
  aim: string
  /** After "Fix the highlighted field ", where it differs from `aim`. */
  fixAim?: string
  /** While the first reply is on its way. */
  pending: string
  /** Before anything is typed: what to enter. */
  empty: string
}

/** What a view with a role lookup knows of its form and its reply (see useRoleReply). */
export interface RoleChecks {
  question: LocationQuestion | null
  /** Fields with a message on screen (the form's own checks and the reply's message under its field). */
  errorCount: number
  /** The error the backend gave for the current form, if any. */
  replyError: WorthError | null
}

export interface ViewStatus extends Freshness {
  /** The status line: the result's own sentence, or what stands in its way. */
  text: string
  /** A result is on screen. */
  hasResult: boolean
  /** A reply is on its way. */
  pending: boolean
}

/**
 * The status line of a view with a role lookup, and whether its result is out of date. The line is the result's
 * sentence when there is a result, else what stands in its way, in this order: a place to choose, a field to fix,
 * the backend's message, the reply on its way, nothing typed yet.
 */
export function viewStatus(
  checks: RoleChecks,
  reply: { pending: boolean },
  /** `sentence`: the result on screen's, or null when there is none; `complete`: no required field is empty. */
  { sentence, complete }: { sentence: string | null; complete: boolean },
  words: StatusWords,
  rule: typeof freshness = freshness,
): ViewStatus {
  const { question, errorCount, replyError } = checks
  const { pending } = reply
  const hasResult = sentence !== null
  const fresh = rule({ hasResult, fieldErrors: errorCount, replyError, complete })
  let text: string
  if (sentence !== null) text = sentence
  else if (question) text = `Choose which ${question.name} you mean ${words.aim}.`
  else if (errorCount > 0) text = `Fix the highlighted field ${words.fixAim ?? words.aim}.`
  else if (replyError) text = replyError.message
  else if (pending) text = words.pending
  else text = words.empty
  return { ...fresh, text, hasResult, pending }
}
