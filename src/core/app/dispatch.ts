// Validates a call's input against its channel schema, runs its handler and returns a Reply.
// The backend process (desktop), browser mode (HTTP) and the CLI all go through here, so they behave the same.
import type { $ZodError as ZodError } from 'zod/v4/core'
import {
  channels,
  CHANNELS,
  type AnyChannel,
  type Channel,
  type ChannelResult,
  type ParsedInput,
  type Reply,
  type WorthError,
} from '../../shared/contract'
import { FIELD_LABELS, NEGOTIATE_FIELD_LABELS, type FieldName } from '../../shared/fields'
import { WorthFailure } from '../errors'
import { DatasetError } from '../dataset/indexDataset'
import { PackError } from '../dataset/pack'
import { plainEstimateInput } from './plainEstimateInput'

/** One handler per backend channel of the table (createHandlers in handlers.ts). */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelResult<C> }

/** True for a channel the backend answers (not a desktop-only one, not an Object.prototype name). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as readonly string[]).includes(name)
}

function describeZodError(error: ZodError): WorthError {
  const issue = error.issues[0]
  const field = issue?.path[0] !== undefined ? String(issue.path[0]) : undefined
  const label =
    field && Object.hasOwn(FIELD_LABELS, field)
      ? FIELD_LABELS[field as FieldName]
      : field && Object.prototype.hasOwnProperty.call(NEGOTIATE_FIELD_LABELS, field)
        ? NEGOTIATE_FIELD_LABELS[field]
        : field
  const message = label
    ? `${label}: ${issue?.message ?? 'invalid value'}`
    : (issue?.message ?? 'Invalid input')
  return { code: 'invalid-input', ...(field ? { field } : {}), message }
}

/** The channel's input, validated; or the reply that names what is wrong (the desktop relay checks before sending). */
export function checkInput<C extends AnyChannel>(
  channel: C,
  rawInput: unknown,
): { ok: true; input: ParsedInput<C> } | { ok: false; error: WorthError } {
  // The estimate is asked for at every change of an offer: its plainly valid input skips the schema's walk.
  if (channel === 'estimate:offer') {
    const plain = plainEstimateInput(rawInput)
    if (plain) return { ok: true, input: plain as ParsedInput<C> }
  }
  const parsed = channels[channel].input.safeParse(rawInput ?? {})
  return parsed.success
    ? { ok: true, input: parsed.data as ParsedInput<C> }
    : { ok: false, error: describeZodError(parsed.error) }
}

export function dispatch<C extends Channel>(
  handlers: Handlers,
  channel: C,
  rawInput: unknown,
): Reply<ChannelResult<C>> {
  const parsed = checkInput(channel, rawInput)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  try {
    const handler = handlers[channel] as (input: ParsedInput<C>) => ChannelResult<C>
    return { ok: true, value: handler(parsed.input) }
  } catch (err) {
    if (err instanceof WorthFailure) return { ok: false, error: err.error }
    // Dataset files are read as they are used (packs, area wages): one found damaged then says what to do, as at load.
    if (err instanceof DatasetError) return { ok: false, error: { code: 'internal', message: err.message } }
    if (err instanceof PackError)
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Dataset is damaged: ${err.message}. Rebuild it with npm run data:build.`,
        },
      }
    // Never hand a stack trace to the renderer; the shell logs the original error.
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Worth could not compute this. Please report it with the inputs you used.',
      },
    }
  }
}
