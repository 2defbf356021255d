// Reading `worth <command> --flag value ...` into named options. No dependencies.

export interface ParsedArgs {
  command: string | null
  options: Map<string, string>
  flags: Set<string>
}

export class UsageError extends Error {}

/** Options that take a value; everything else starting with -- is a boolean flag. */
const VALUE_OPTIONS = new Set([
  ...['title', 'location', 'years', 'base', 'bonus', 'stock', 'signon', 'soc', 'area'],
  ...['income', 'filing', 'year', 'k401', 'offers'],
  ...['target', 'target-takehome', 'ask', 'alternative', 'walkaway', 'from'],
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
