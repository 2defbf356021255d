// dispatch() turns an unexpected handler error into a plain "internal" reply without a stack trace.
// This wrapper logs the original error first, so the shells (main, browser mode) keep a record of it.
import { WorthFailure } from '../errors'
import type { Handlers } from './dispatch'
import type { Channel } from '../../shared/contract'

export function logFailures(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = console.error,
): Handlers {
  const wrapped: Partial<Record<Channel, (input: never) => unknown>> = {}
  for (const channel of Object.keys(handlers) as Channel[]) {
    const handler = handlers[channel] as (input: unknown) => unknown
    wrapped[channel] = (input: unknown) => {
      try {
        return handler(input)
      } catch (error) {
        if (!(error instanceof WorthFailure)) log(`Worth: "${channel}" failed`, error)
        throw error
      }
    }
  }
  return wrapped as Handlers
}
