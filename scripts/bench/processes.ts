// Figures about whole processes: the documented CLI command against a bare `node -e 0`, and browser mode's server
// (started exactly as `npm run web` starts it) and its resident memory.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { interleavedRatio, round, type PairedRatio } from './stats'

const ESTIMATE_ARGS = [
  'estimate',
  '--title',
  'Software Engineer',
  '--location',
  'Seattle, WA',
  '--years',
  '5',
]
const ESTIMATE = [...ESTIMATE_ARGS, '--base', '150000', '--json']

function timeRun(command: string, args: string[], cwd: string): number {
  const start = performance.now()
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return ms
}

export interface CliFigure extends PairedRatio {
  /** The documented command, npm run --silent worth -- estimate ..., against node -e 0. */
  cliMs: number
  nodeMs: number
  /** The bin entry run directly (node bin/worth.cjs estimate ...), against node -e 0: npm's own start excluded. */
  binVsNode: number
  binSpread: PairedRatio['spread']
}

/**
 * Pairs of runs, interleaved. Eleven rather than five: one start of npm varies by a third of its time on a shared
 * machine, and the median of five such ratios ranged from 3.1x to 4.3x over 14 bench runs (2026-12-01).
 */
export async function measureCli(root: string, pairs = 11): Promise<CliFigure> {
  const node = (): number => timeRun(process.execPath, ['-e', '0'], root)
  const npm = (): number => timeRun('npm', ['run', '--silent', 'worth', '--', ...ESTIMATE], root)
  const bin = (): number => timeRun(process.execPath, [join(root, 'bin', 'worth.cjs'), ...ESTIMATE], root)
  npm() // builds out/node/worth.js when it is stale, so no pair pays for a build
  const viaNpm = await interleavedRatio(pairs, npm, node)
  const direct = await interleavedRatio(pairs, bin, node)
  return {
    ...viaNpm,
    cliMs: round(viaNpm.subjectMs, 0),
    nodeMs: round(viaNpm.baselineMs, 0),
    binVsNode: direct.ratio,
    binSpread: direct.spread,
  }
}

export interface RunningWeb {
  url: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts browser mode with the node arguments of package.json's "web" script, on a free port. */
export async function startWeb(root: string): Promise<RunningWeb> {
  const script = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { web: string } }
  ).scripts.web
  const [command, ...args] = script.split(/\s+/)
  if (command !== 'node') throw new Error(`the web script no longer starts with node: ${script}`)
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 180_000)
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Worth browser mode: (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)))
  })
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/** Resident memory of a process in MB (Linux /proc), or null where it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /VmRSS:\s+(\d+) kB/.exec(status)
    return match ? round(Number(match[1]) / 1024, 1) : null
  } catch {
    return null
  }
}

/** Asks the server what a user's first minute asks: title and place searches, estimates, a comparison. */
export async function answerTypicalRequests(url: string, offers: unknown[]): Promise<void> {
  const post = async (channel: string, body: unknown): Promise<void> => {
    const response = await fetch(new URL(`api/${channel}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const reply = (await response.json()) as { ok: boolean }
    if (!reply.ok) throw new Error(`${channel} failed: ${JSON.stringify(reply)}`)
  }
  for (const query of ['s', 'so', 'sof', 'soft', 'softw', 'software']) await post('titles:search', { query })
  for (const query of ['s', 'se', 'sea', 'seat', 'seattle']) await post('locations:search', { query })
  for (const location of ['Seattle, WA', 'Austin, TX', 'Cleveland, OH', 'United States'])
    await post('estimate:offer', { title: 'Software Engineer', location, years: 5, base: 150000 })
  await post('insights:role', { title: 'Registered Nurse', location: 'Cleveland, OH' })
  await post('compare:offers', { offers })
}
