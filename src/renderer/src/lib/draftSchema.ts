// The schemas drafts are read back with (zod's small functional build, so the first download stays small). A
// draft is the user's own text from an earlier visit: a field of the wrong kind falls back to its empty value,
// and a draft that is not an object at all is ignored (the form starts empty). Reading never throws.
import * as z from 'zod/mini'

/** How much of one typed field a draft keeps. */
export const DRAFT_TEXT_LIMIT = 1000

/** Typed text, cut at `max` characters; anything else reads as `fallback`. */
export function draftText(max = DRAFT_TEXT_LIMIT, fallback = '') {
  return z.catch(
    z.pipe(
      z.string(),
      z.transform((text) => text.slice(0, max)),
    ),
    fallback,
  )
}

/** A pick (an occupation or area code, a saved offer's id): a string matching `pattern`, else null. */
export function draftPick(pattern: RegExp = /^[\s\S]+$/, max = 64) {
  return z.catch(
    z.nullable(
      z.pipe(
        z.string().check(z.regex(pattern)),
        z.transform((text) => text.slice(0, max)),
      ),
    ),
    null,
  )
}

/** One of `choices`, else `fallback`. */
export function draftChoice<C extends string>(choices: readonly C[], fallback: C): z.ZodMiniType<C> {
  return z.catch(z.enum(choices as unknown as [C, ...C[]]), fallback) as unknown as z.ZodMiniType<C>
}

/** Every field of a form as typed text; a missing or wrong field reads as its value in `empty`. */
export function draftFields<F extends string>(
  empty: Record<F, string>,
  field: (name: F, empty: string) => z.ZodMiniType<string> = (_name, blank) =>
    draftText(DRAFT_TEXT_LIMIT, blank),
) {
  const shape = Object.fromEntries(
    (Object.keys(empty) as F[]).map((name) => [name, field(name, empty[name])]),
  ) as Record<F, z.ZodMiniType<string>>
  const fields = z.object(shape) as unknown as z.ZodMiniType<Record<F, string>>
  return z.catch(fields, () => ({ ...empty }))
}

/** Reads a stored draft with its schema: the draft, or null when it is not one (nothing stored, or corrupt). */
export function readDraft<T>(schema: z.ZodMiniType<T>, stored: unknown): T | null {
  const parsed = schema.safeParse(stored)
  return parsed.success ? parsed.data : null
}
