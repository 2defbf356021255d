// The schemas drafts are read back with: a few small readers, written here rather than taken from zod, because
// My offer reads its draft before its first render and zod's build would be a third of the first view's own code
// (issue 13). A draft is the user's own text from an earlier visit: a field of the wrong kind falls back to its
// empty value, and a draft that is not an object at all is ignored (the form starts empty). Reading never throws.

/** Reads one stored value; a field's reader never fails (it falls back instead). */
export type DraftReader<T> = (stored: unknown) => T

/** How much of one typed field a draft keeps. */
export const DRAFT_TEXT_LIMIT = 1000

/** A stored object whose own fields can be read by name (arrays and functions are not drafts). */
function asRecord(stored: unknown): Record<string, unknown> | null {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : null
}

/** The own field `name` of a stored object (never one inherited from its prototype). */
function ownField(record: Record<string, unknown>, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined
}

/** Typed text, cut at `max` characters; anything else reads as `fallback`. */
export function draftText(max = DRAFT_TEXT_LIMIT, fallback = ''): DraftReader<string> {
  return (stored) => (typeof stored === 'string' ? stored.slice(0, max) : fallback)
}

/** A pick (an occupation or area code, a saved offer's id): a string matching `pattern`, else null. */
export function draftPick(pattern: RegExp = /^[\s\S]+$/, max = 64): DraftReader<string | null> {
  return (stored) => {
    if (typeof stored !== 'string') return null
    pattern.lastIndex = 0
    return pattern.test(stored) ? stored.slice(0, max) : null
  }
}

/** One of `choices`, else `fallback`. */
export function draftChoice<C extends string>(choices: readonly C[], fallback: C): DraftReader<C> {
  return (stored) => (choices.includes(stored as C) ? (stored as C) : fallback)
}

/** true or false, else `fallback`. */
export function draftFlag(fallback = false): DraftReader<boolean> {
  return (stored) => (typeof stored === 'boolean' ? stored : fallback)
}

/** Whatever was stored, for the form to read itself (a field whose meaning depends on another). */
export const draftAnything: DraftReader<unknown> = (stored) => stored

/** An object read field by field with `shape`'s readers (other fields are dropped), or null if it is no object. */
export function draftObject<T extends object>(shape: {
  [K in keyof T]: DraftReader<T[K]>
}): DraftReader<T | null> {
  const names = Object.keys(shape) as (keyof T & string)[]
  return (stored) => {
    const record = asRecord(stored)
    if (!record) return null
    const read = {} as T
    for (const name of names) read[name] = shape[name](ownField(record, name))
    return read
  }
}

/** An object read with `shape`, or a fresh copy of `fallback` when it is no object. */
export function draftObjectOr<T extends object>(
  shape: { [K in keyof T]: DraftReader<T[K]> },
  fallback: T,
): DraftReader<T> {
  const read = draftObject(shape)
  return (stored) => read(stored) ?? { ...fallback }
}

/** Every field of a form as typed text; a missing or wrong field reads as its value in `empty`. */
export function draftFields<F extends string>(
  empty: Record<F, string>,
  field: (name: F, empty: string) => DraftReader<string> = (_name, blank) =>
    draftText(DRAFT_TEXT_LIMIT, blank),
): DraftReader<Record<F, string>> {
  const shape = Object.fromEntries(
    (Object.keys(empty) as F[]).map((name) => [name, field(name, empty[name])]),
  ) as { [K in F]: DraftReader<string> }
  return draftObjectOr<Record<F, string>>(shape, empty)
}

/** Reads a stored draft with its schema: the draft, or null when it is not one (nothing stored, or corrupt). */
export function readDraft<T>(schema: DraftReader<T | null>, stored: unknown): T | null {
  try {
    return schema(stored)
  } catch {
    // A getter that throws, a revoked proxy: whatever it is, it is no draft.
    return null
  }
}
