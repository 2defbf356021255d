// The only place the renderer talks to the backend: invoke(channel, input) for any channel of the contract's table
// (src/shared/contract.ts), typed by the table: the input its schema takes, the reply its handler gives.
// In Electron the preload exposes `window.worth.invoke`. In browser mode there is no bridge, so a call is a
// same-origin POST to /api/<channel> whose body is the input and whose reply is a Reply<T>.
// Either way a call never throws: transport failures come back as an 'internal' error the UI can show. Over HTTP a
// request whose connection is dropped, or that goes unanswered for HTTP_TIMEOUT_MS, is sent once more first.
import type { AnyChannel, ChannelInput, ChannelResult, Reply, WorthError } from '../../../shared/contract'

const UNREACHABLE = 'Worth could not reach its data. Please try again; if it keeps happening, restart Worth.'
const SERVER_GONE =
  'Worth could not reach its data: browser mode may have stopped. Start it again (npm run web), then reload this page.'
const SERVER_SLOW =
  'Worth’s data did not answer in time. Please try again; if it keeps happening, restart browser mode (npm run web).'
const UNREADABLE = 'Worth received an answer it could not read. Please try again.'

/**
 * How long a browser-mode request may go unanswered before it is given up and sent once more. An answer takes
 * 5-30 ms (well under a second on a loaded machine); this only ends a request whose connection was lost without
 * an error (issue 13: a first view that waited for ever), so that the view never waits for ever.
 */
export const HTTP_TIMEOUT_MS = 10_000

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

/** Why one HTTP attempt got no answer it could read. */
type Failure = 'lost' | 'timeout' | 'unreadable'

async function postOnce(
  channel: AnyChannel,
  input: unknown,
  timeoutMs: number,
): Promise<{ body: unknown } | { failure: Failure }> {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, timeoutMs)
  try {
    let response: Response
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input),
        signal: controller.signal,
      })
    } catch {
      return { failure: timedOut ? 'timeout' : 'lost' }
    }
    // The server answers errors with a Reply body too, so read the body whatever the status.
    const text = await response.text().catch(() => null)
    if (text === null) return { failure: timedOut ? 'timeout' : 'lost' }
    try {
      return { body: JSON.parse(text) as unknown }
    } catch {
      return { failure: 'unreadable' }
    }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * One question over HTTP (browser mode). A request whose connection was dropped, or that has no answer after
 * HTTP_TIMEOUT_MS, is sent once more (every browser-mode channel only reads: asking twice changes nothing); when
 * that fails too, the error says whether the server seems gone or slow.
 */
async function viaHttp(channel: AnyChannel, input: unknown, timeoutMs: number): Promise<unknown> {
  let outcome = await postOnce(channel, input, timeoutMs)
  if ('failure' in outcome && outcome.failure !== 'unreadable')
    outcome = await postOnce(channel, input, timeoutMs)
  if ('body' in outcome) return outcome.body
  if (outcome.failure === 'unreadable') return internalError(UNREADABLE)
  return internalError(outcome.failure === 'timeout' ? SERVER_SLOW : SERVER_GONE)
}

/** Asks the backend (or, for a desktop-only channel, main) one question; never throws. */
export async function invoke<C extends AnyChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Reply<ChannelResult<C>>> {
  try {
    const bridge = window.worth
    const reply: unknown = bridge
      ? await bridge.invoke(channel, input)
      : await viaHttp(channel, input, HTTP_TIMEOUT_MS)
    if (isReply(reply)) return reply as Reply<ChannelResult<C>>
    return internalError(UNREADABLE)
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
