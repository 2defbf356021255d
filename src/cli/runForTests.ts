// The CLI run in-process over the committed dataset, as its tests run it: exit code, stdout as one text, stderr
// lines. Tests only (nothing the `worth` command loads imports it).
import { createHandlers } from '../core/app/handlers'
import type { Handlers } from '../core/app/dispatch'
import { realDataset } from '../core/testing/realDataset'
import { runCli } from './run'

let handlers: Handlers | null = null

export function runWorth(args: string[]): { code: number; out: string; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  const code = runCli(
    args,
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    () => (handlers ??= createHandlers(realDataset())),
  )
  return { code, out: out.join('\n'), err }
}

/** `--title T --location L [--base B]`: the role in a place (and base) that most commands start from. */
export function roleFlags(title: string, location: string, base?: string): string[] {
  return ['--title', title, '--location', location, ...(base === undefined ? [] : ['--base', base])]
}
