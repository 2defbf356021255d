// One stand-in for the renderer's api client (lib/api.ts) in every component test, instead of a hand-written
// vi.mock factory in each file. A test file mocks the client with
//   vi.mock('<relative path>/lib/api', () => import('<relative path>/test/apiMock'))
// and gets, for every call, a vi.fn that answers as an empty backend would: no problems with an offer, no titles or
// places for a search, and for the calls that compute figures an error saying the test gave no reply (so a test
// that forgets its reply fails on that message, never on a crash). A test gives its own replies per test with
// `vi.mocked(api).estimateOffer.mockImplementation(...)`, `answerWith` below, or test/roleSearches.ts.
import { vi, type MockedFunction } from 'vitest'
import type { AnyChannel, Reply, WorthError } from '../../../shared/contract'
import type * as Api from '../lib/api'

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

/** Makes a mocked call answer `value` (a successful reply) to every input, for the rest of the test file. */
export function answerWith<T>(call: MockedFunction<(input: never) => Promise<Reply<T>>>, value: T): void {
  call.mockImplementation(async () => ({ ok: true, value }))
}
