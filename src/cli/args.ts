// Reading `worth <command> --flag value ...` into named options.
import { readAmount } from '../shared/fields'

export interface ParsedArgs {
  command: string | null
  options: Map<string, string>
  flags: Set<string>
}

export class UsageError extends Error {}

/** Options that take a value; everything else starting with -- is a boolean flag. */
const VALUE_OPTIONS = new Set([
  ...['title', 'location', 'years', 'base', 'bonus', 'stock', 'signon', 'soc', 'area'],
  ...['income', 'filing', 'year', 'k401', 'offers', 'pick'],
  ...['target', 'target-takehome', 'ask', 'alternative', 'walkaway', 'from'],
  ...['wages', 'to', 'work-location'],
])
const FLAGS = new Set(['json', 'help', 'remote'])

export function parseArgs(argv: string[]): ParsedArgs {
  const options = new Map<string, string>()
  const flags = new Set<string>()
  let command: string | null = null
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === '-h') {
      flags.add('help')
      continue
    }
    if (!arg.startsWith('--')) {
      if (command === null) command = arg
      else throw new UsageError(`unexpected argument "${arg}"`)
      continue
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]
    if (FLAGS.has(name)) {
      flags.add(name)
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[i + 1]
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(`--${name} needs a value`)
      if (inline === undefined) i += 1
      options.set(name, value)
    } else {
      throw new UsageError(`unknown option --${name}`)
    }
  }
  return { command, options, flags }
}

/**
 * A dollar amount typed on the command line: what the app's fields read ("150000", "150k", "$150,000"), and also
 * exponent notation ("1e12"), so an absurd amount gets the "at most" message rather than "not a number".
 */
export function readCliAmount(text: string): number | null {
  const value = readAmount(text)
  if (value !== null) return value
  const trimmed = text.trim()
  return /^\d+(\.\d+)?e\+?\d+$/i.test(trimmed) && Number.isFinite(Number(trimmed)) ? Number(trimmed) : null
}
