// Errors the domain raises for problems the user can act on. Core owns them; the app layer
// (src/core/app/dispatch.ts) turns them into a failed Reply.
import type { WorthError } from '../shared/contract'

/** Thrown by core for errors the user can act on (unknown title, ambiguous place, ...). */
export class WorthFailure extends Error {
  constructor(readonly error: WorthError) {
    super(error.message)
  }
}
