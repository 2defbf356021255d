// What a `worth <command>` runner is given, and the JSON pieces several commands print the same way.
import type { Handlers } from '../core/app/dispatch'
import type { CliIo } from './run'

/** Prints one line naming the flag (`worth: --base: ...`) and returns exit code 2. */
export type FailOn = (flag: string, message: string) => number

/**
 * Runs one command: its options, its switches (whether --json was given, or every switch when the command has
 * several), the terminal, the handlers (created on first use) and `fail`. Returns the exit code.
 */
export type CommandRunner<Switches = boolean> = (
  options: Map<string, string>,
  switches: Switches,
  io: CliIo,
  handlers: () => Handlers,
  fail: FailOn,
) => number

/** A market's five percentiles, as every command's JSON names them. */
export const percentilesJson = (m: { p10: number; p25: number; p50: number; p75: number; p90: number }) => ({
  p10: m.p10,
  p25: m.p25,
  p50: m.p50,
  p75: m.p75,
  p90: m.p90,
})
