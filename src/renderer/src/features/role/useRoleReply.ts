// What every view with a role lookup (My offer, Market insights, Negotiate) does with its backend reply: the
// reply's message goes under the field it is about (the form's own message wins), and the lookup asks "Which
// Portland do you mean?" or offers "Did you mean" from the same reply.
import type { WorthError } from '../../../../shared/contract'
import { withReplyError, type RoleChecks } from './roleLookup'
import { useRoleLookup, type RoleLookup, type RoleText } from './useRoleLookup'

export interface RoleReply<F extends string> extends RoleChecks {
  /** The field the reply's error is about, or null (always null for an ambiguous place: the lookup asks). */
  replyField: F | null
  /** The messages to show, by field. */
  errors: Partial<Record<F, string>>
  lookup: RoleLookup
}

/**
 * `replyError` is the error of the reply to what is in the form now (see currentError); `ownErrors` the form's
 * own messages; `fieldOf` reads which of the form's fields an error is about.
 */
export function useRoleReply<F extends string>(
  state: RoleText,
  replyError: WorthError | null,
  ownErrors: Partial<Record<F, string>>,
  fieldOf: (error: WorthError) => F | null,
): RoleReply<F> {
  const replyField = replyError && replyError.code !== 'ambiguous-location' ? fieldOf(replyError) : null
  const errors = withReplyError(ownErrors, replyField, replyError)
  const lookup = useRoleLookup(state, { replyError, replyField })
  return {
    replyError,
    replyField,
    errors,
    errorCount: Object.keys(errors).length,
    lookup,
    question: lookup.question,
  }
}
