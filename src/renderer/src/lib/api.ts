// The only place the renderer talks to the backend.
// In Electron the preload exposes `window.worth` (one function per channel). In browser mode there is no bridge,
// so each call is a same-origin POST to /api/<channel> whose body is the channel's input and whose reply is a Reply<T>.
// Either way a call never throws: transport failures come back as an 'internal' error the UI can show.
import type {
  Channel,
  ChannelInput,
  CompareInput,
  ChannelResults,
  DatasetInfoInput,
  EquivalentSalaryInput,
  EstimateInput,
  InsightsInput,
  LocationSearchInput,
  NegotiateInput,
  OfferCheckInput,
  Reply,
  TitleSearchInput,
  WorthError,
} from '../../../shared/contract'

type ChannelCall<C extends Channel> = (input: ChannelInput<C>) => Promise<Reply<ChannelResults[C]>>

const UNREACHABLE = 'Worth could not reach its data. Please try again; if it keeps happening, restart Worth.'

function internalError(message: string): { ok: false; error: WorthError } {
  return { ok: false, error: { code: 'internal', message } }
}

/** True when a value has the shape of a Reply (checked loosely: the backend validated the details). */
export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  if (record.ok === true) return 'value' in record
  if (record.ok !== false) return false
  const error = record.error as Record<string, unknown> | null | undefined
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.code === 'string' &&
    typeof error.message === 'string'
  )
}

async function viaBridge<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<unknown> {
  const bridge = window.worth
  if (!bridge) throw new Error('no bridge')
  // The contract module carries zod (the backend's schemas); the desktop app loads it on its first call, and
  // browser mode never needs it for this, so it stays out of the first view's download.
  const { API_FUNCTION } = await import('../../../shared/contract')
  const fn = bridge[API_FUNCTION[channel]] as unknown as ChannelCall<C>
  return fn.call(bridge, input)
}

async function viaHttp<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<unknown> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input),
  })
  // The server answers errors with a Reply body too, so read the body whatever the status.
  return response.json()
}

async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Reply<ChannelResults[C]>> {
  try {
    const reply = window.worth ? await viaBridge(channel, input) : await viaHttp(channel, input)
    if (isReply(reply)) return reply as Reply<ChannelResults[C]>
    return internalError('Worth received an answer it could not read. Please try again.')
  } catch {
    return internalError(UNREACHABLE)
  }
}

export function searchTitles(input: TitleSearchInput): Promise<Reply<ChannelResults['titles:search']>> {
  return call('titles:search', input)
}

export function searchLocations(
  input: LocationSearchInput,
): Promise<Reply<ChannelResults['locations:search']>> {
  return call('locations:search', input)
}

export function estimateOffer(input: EstimateInput): Promise<Reply<ChannelResults['estimate:offer']>> {
  return call('estimate:offer', input)
}

export function datasetInfo(input: DatasetInfoInput = {}): Promise<Reply<ChannelResults['dataset:info']>> {
  return call('dataset:info', input)
}

export function roleInsights(input: InsightsInput): Promise<Reply<ChannelResults['insights:role']>> {
  return call('insights:role', input)
}

export function compareOffers(input: CompareInput): Promise<Reply<ChannelResults['compare:offers']>> {
  return call('compare:offers', input)
}

export function negotiateOffer(input: NegotiateInput): Promise<Reply<ChannelResults['negotiate:offer']>> {
  return call('negotiate:offer', input)
}

/** What would stop Compare from using one offer, by field; `problems` is empty when the offer is fine. */
export function checkOffer(input: OfferCheckInput): Promise<Reply<ChannelResults['offer:check']>> {
  return call('offer:check', input)
}

/** The salary in one place worth the same as wages in another, after tax and cost of living. */
export function equivalentSalary(
  input: EquivalentSalaryInput,
): Promise<Reply<ChannelResults['compare:equivalent']>> {
  return call('compare:equivalent', input)
}
