// One stand-in for the renderer's api client (lib/api.ts) in every component test, instead of a hand-written
// vi.mock factory in each file. A test file mocks the client with
//   vi.mock('<relative path>/lib/api', () => import('<relative path>/test/apiMock'))
// and gets, for every call, a vi.fn that answers as an empty backend would: no problems with an offer, no titles or
// places for a search, and for the calls that compute figures an error saying the test gave no reply (so a test
// that forgets its reply fails on that message, never on a crash). A test gives its own replies per test with
// `answerEachTest` below, or within a test with `vi.mocked(api).estimateOffer.mockImplementation(...)`.
import { beforeEach, vi, type MockedFunction } from 'vitest'
import type { AnyChannel, WorthError, WorthErrorCode } from '../../../shared/contract'
import type * as Api from '../lib/api'
import { answerRoleSearches } from './roleSearches'

/** The reply of a call the test did not answer: an error the view shows, naming the channel. */
function noReply(channel: AnyChannel): { ok: false; error: WorthError } {
  return { ok: false, error: { code: 'internal', message: `No reply for ${channel} in this test.` } }
}
const unanswered = (channel: AnyChannel) => async () => noReply(channel)

export const searchTitles = vi.fn<typeof Api.searchTitles>(async ({ query }) => ({
  ok: true,
  value: { query, suggestions: [], occupations: [] },
}))
export const searchLocations = vi.fn<typeof Api.searchLocations>(async ({ query }) => ({
  ok: true,
  value: { query, matches: [], ambiguous: false },
}))
export const checkOffer = vi.fn<typeof Api.checkOffer>(async () => ({ ok: true, value: { problems: [] } }))
export const estimateOffer = vi.fn<typeof Api.estimateOffer>(unanswered('estimate:offer'))
export const roleInsights = vi.fn<typeof Api.roleInsights>(unanswered('insights:role'))
export const compareOffers = vi.fn<typeof Api.compareOffers>(unanswered('compare:offers'))
export const negotiateOffer = vi.fn<typeof Api.negotiateOffer>(unanswered('negotiate:offer'))
export const equivalentSalary = vi.fn<typeof Api.equivalentSalary>(unanswered('compare:equivalent'))
export const datasetInfo = vi.fn<typeof Api.datasetInfo>(unanswered('dataset:info'))
export const invoke = vi.fn<typeof Api.invoke>(async (channel) => noReply(channel))

const calls = {
  searchTitles,
  searchLocations,
  checkOffer,
  estimateOffer,
  roleInsights,
  compareOffers,
  negotiateOffer,
  equivalentSalary,
  datasetInfo,
  invoke,
}
type Calls = typeof calls

/** A reply per call, as the function that answers it. */
export type Replies = { [K in keyof Calls]?: Parameters<Calls[K]['mockImplementation']>[0] }

/**
 * Before each test of the calling file: every call back to its default reply with its record of calls emptied
 * (so no test sees the last one's replies or calls), the role searches answered as the backend answers for the
 * fixtures (test/roleSearches.ts) unless `searches` is 'empty', and the calls in `replies` answered by them.
 */
export function answerEachTest(replies: Replies = {}, searches: 'fixtures' | 'empty' = 'fixtures'): void {
  beforeEach(() => {
    for (const call of Object.values(calls)) call.mockReset()
    if (searches === 'fixtures') answerRoleSearches(calls)
    for (const [name, reply] of Object.entries(replies)) {
      ;(calls[name as keyof Calls] as MockedFunction<(input: never) => unknown>).mockImplementation(
        reply as (input: never) => unknown,
      )
    }
  })
}

/** A failed reply as the backend gives it: the error's code, the field it names, its message and suggestions. */
export function failure(
  code: WorthErrorCode,
  field: string | undefined,
  message: string,
  suggestions?: string[],
): { ok: false; error: WorthError } {
  const error: WorthError = { code, message }
  if (field !== undefined) error.field = field
  if (suggestions !== undefined) error.suggestions = suggestions
  return { ok: false, error }
}

/** The reply of a call whose input the backend refused, with the field it names and its message. */
export function refused(field: string | undefined, message: string): { ok: false; error: WorthError } {
  return failure('invalid-input', field, message)
}
