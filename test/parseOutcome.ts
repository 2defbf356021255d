// One line saying what a schema made of an input, for tests that pin every message and every default: either
// "accepted" (with each value the schema added or changed: a default, a trimmed name, a pay text read as dollars)
// or "refused" with every problem as "path: message", in zod's order (the first is the one a user is shown).

/** The part of a zod schema these tests use (classic and mini schemas both have it). */
export interface SafeParser {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } }
}

export function parseOutcome(schema: SafeParser, input: unknown): string {
  const result = schema.safeParse(input)
  if (!result.success) {
    const problems = result.error.issues.map(
      (i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`,
    )
    return `refused ${problems.join(' | ')}`
  }
  const changed = changes(input, result.data, [])
  return changed.length === 0 ? 'accepted' : `accepted with ${changed.join(', ')}`
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Where `output` differs from `input`, as "path=value" (a key the output lacks reads "(absent)"). */
function changes(input: unknown, output: unknown, path: string[]): string[] {
  if (Object.is(input, output)) return []
  const here = path.join('.') || '(input)'
  if (Array.isArray(input) && Array.isArray(output) && input.length === output.length)
    return output.flatMap((v, i) => changes(input[i], v, [...path, String(i)]))
  if (isRecord(input) && isRecord(output)) {
    const keys = [...new Set([...Object.keys(input), ...Object.keys(output)])]
    return keys.flatMap((k) => {
      if (!(k in output)) return [`${[...path, k].join('.')}=(absent)`]
      if (!(k in input)) return [`${[...path, k].join('.')}=${show(output[k])}`]
      return changes(input[k], output[k], [...path, k])
    })
  }
  return [`${here}=${show(output)}`]
}

function show(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return JSON.stringify(value)
}
