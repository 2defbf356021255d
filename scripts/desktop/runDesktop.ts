// npm start, npm run dev and npm run package: make sure the Electron binary is there, then hand over to the tool
// that needs it. Everything outside (the install, the child process, the console) is handed in, so the whole
// flow, a failed download included, is tested without a network.
import { downloadFailedMessage, ensureElectron, type ElectronInstall } from './ensureElectron'

export interface DesktopRun {
  install: ElectronInstall
  /** Electron's version (from node_modules/electron/package.json). */
  version: string
  /** Runs the next step with the binary's path; resolves with its exit code. */
  launch(binary: string): Promise<number>
  /** 'guide' (start): the full guidance; 'line' (packaging): one line. */
  failure?: 'guide' | 'line'
  say(line: string): void
  complain(text: string): void
}

/** Returns the process's exit code: the next step's, or 1 when Electron could not be fetched. */
export async function runDesktop(run: DesktopRun): Promise<number> {
  const outcome = await ensureElectron({
    ...run.install,
    download: () => {
      run.say(`Downloading Electron ${run.version} for this computer (once; later starts skip this)...`)
      return run.install.download()
    },
  })
  if (outcome.status === 'failed') {
    run.complain(
      run.failure === 'line'
        ? `Cannot package: the Electron ${run.version} binary is missing and could not be downloaded (${outcome.detail}).`
        : downloadFailedMessage(run.version, outcome.detail),
    )
    return 1
  }
  if (outcome.status === 'downloaded') run.say(`Electron ${run.version} is installed.`)
  return run.launch(outcome.binary)
}
