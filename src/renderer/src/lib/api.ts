// The only place the renderer talks to the backend: invoke(channel, input) for any channel of the contract's table
// (src/shared/contract.ts), typed by the table: the input its schema takes, the reply its handler gives.
// In Electron the preload exposes `window.worth.invoke`. In browser mode there is no bridge, so a call is a
// same-origin POST to /api/<channel> whose body is the input and whose reply is a Reply<T>.
// Either way a call never throws: transport failures come back as an 'internal' error the UI can show.
import type { AnyChannel, ChannelInput, ChannelResult, Reply, WorthError } from '../../../shared/contract'

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

async function viaHttp(channel: AnyChannel, input: unknown): Promise<unknown> {
  const response = await fetch(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input),
  })
  // The server answers errors with a Reply body too, so read the body whatever the status.
  return response.json()
}

/** Asks the backend (or, for a desktop-only channel, main) one question; never throws. */
export async function invoke<C extends AnyChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Reply<ChannelResult<C>>> {
  try {
    const bridge = window.worth
    const reply: unknown = bridge ? await bridge.invoke(channel, input) : await viaHttp(channel, input)
    if (isReply(reply)) return reply as Reply<ChannelResult<C>>
    return internalError('Worth received an answer it could not read. Please try again.')
  } catch {
    return internalError(UNREACHABLE)
  }
}

/** A channel's invoke with the channel filled in (the views' names for the calls they make most). */
const caller =
  <C extends AnyChannel>(channel: C) =>
  (input: ChannelInput<C>): Promise<Reply<ChannelResult<C>>> =>
    invoke(channel, input)

export const searchTitles = caller('titles:search')
export const searchLocations = caller('locations:search')
export const estimateOffer = caller('estimate:offer')
export const roleInsights = caller('insights:role')
export const compareOffers = caller('compare:offers')
export const negotiateOffer = caller('negotiate:offer')
/** What would stop Compare from using one offer, by field; `problems` is empty when the offer is fine. */
export const checkOffer = caller('offer:check')
/** The salary in one place worth the same as wages in another, after tax and cost of living. */
export const equivalentSalary = caller('compare:equivalent')
export const datasetInfo = (input: ChannelInput<'dataset:info'> = {}) => invoke('dataset:info', input)
