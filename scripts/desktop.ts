// Entry point of `npm start` (desktop window from a fresh build), `npm run dev` (hot reload) and
// `npm run package` (installers): fetch the Electron binary when it is missing, then run electron-vite or
// electron-builder. A download that cannot happen ends in one message and exit code 1, never a stack trace.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { downloadReason, type ElectronInstall } from './desktop/ensureElectron'
import { runDesktop } from './desktop/runDesktop'

const ROOT = resolve(__dirname, '..')
type Mode = 'preview' | 'dev' | 'package'

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env })
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal)
    process.once('SIGTERM', forward)
    child.on('error', (error) => {
      console.error(`Worth could not run ${args[0] ?? command}: ${error.message}`)
      done(1)
    })
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward)
      done(code ?? (signal ? 1 : 0))
    })
  })
}

function nodeInstall(dir: string): ElectronInstall {
  return {
    dir,
    env: process.env,
    exists: existsSync,
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8')
      } catch {
        return null
      }
    },
    download: () =>
      new Promise((done) => {
        // electron's own installer (the `install-electron` bin); it prints a stack trace on failure, so its
        // error output is kept and reduced to the reason.
        const child = spawn(process.execPath, [join(dir, 'install.js')], {
          cwd: dir,
          stdio: ['ignore', 'inherit', 'pipe'],
          env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1' },
        })
        let stderr = ''
        child.stderr.on('data', (chunk: Buffer) => {
          if (stderr.length < 20_000) stderr += chunk.toString('utf8')
        })
        child.on('error', (error) => done({ ok: false, detail: error.message }))
        child.on('exit', (code) => done({ ok: code === 0, detail: downloadReason(stderr) }))
      }),
  }
}

function launcher(mode: Mode): (binary: string) => Promise<number> {
  return async (binary) => {
    const env = { ...process.env, ELECTRON_EXEC_PATH: binary }
    const vite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
    if (mode !== 'package') return run(process.execPath, [vite, mode], env)
    const built = await run(process.execPath, [vite, 'build'], env)
    if (built !== 0) return built
    const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js')
    return run(
      process.execPath,
      [builder, '--config', 'build/electron-builder.yml', ...process.argv.slice(3)],
      env,
    )
  }
}

async function main(): Promise<number> {
  const mode = process.argv[2]
  if (mode !== 'preview' && mode !== 'dev' && mode !== 'package') {
    console.error('usage: tsx scripts/desktop.ts preview|dev|package')
    return 2
  }
  const dir = dirname(require.resolve('electron/package.json'))
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }
  return runDesktop({
    install: nodeInstall(dir),
    version,
    launch: launcher(mode),
    failure: mode === 'package' ? 'line' : 'guide',
    say: (line) => console.log(line),
    complain: (text) => console.error(text),
  })
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Worth could not start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
