// Validates a call's input against its channel schema, runs its handler and returns a Reply.
// Main (IPC) and browser mode (HTTP) both go through here, so they behave the same.
import type { ZodError } from 'zod'
import {
  channelSchemas,
  type Channel,
  type ChannelResults,
  type ParsedInput,
  type Reply,
  type WorthError,
} from '../../shared/contract'
import { FIELD_LABELS, NEGOTIATE_FIELD_LABELS, type FieldName } from '../../shared/fields'

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => ChannelResults[C] }

/** Thrown by handlers for errors the user can act on (unknown title, ambiguous place, ...). */
export class WorthFailure extends Error {
  constructor(readonly error: WorthError) {
    super(error.message)
  }
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channelSchemas, name)
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

export function dispatch<C extends Channel>(
  handlers: Handlers,
  channel: C,
  rawInput: unknown,
): Reply<ChannelResults[C]> {
  const parsed = channelSchemas[channel].safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) }
  try {
    const handler = handlers[channel] as (input: ParsedInput<C>) => ChannelResults[C]
    return { ok: true, value: handler(parsed.data as ParsedInput<C>) }
  } catch (err) {
    if (err instanceof WorthFailure) return { ok: false, error: err.error }
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
