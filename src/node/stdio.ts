// Writing a command's output straight to its file descriptor. The first use of process.stdout (or stderr) loads
// Node's stream modules, about 15-20 ms of a CLI start on the development machine, for a command that writes one
// block of text and exits. A plain blocking write does the same job; when the descriptor would block (a full pipe
// opened non-blocking by another process), the rest goes through Node's stream, and so does everything after it, so
// the order of the output is kept.
import { writeSync } from 'node:fs'

export interface Output {
  write(text: string): void
}

interface Deps {
  /** Writes bytes from `offset`, returns how many were written (fs.writeSync's contract). */
  writeSync(fd: number, bytes: Uint8Array, offset: number): number
  /** The stream to fall back on (process.stdout or process.stderr, made only when needed). */
  stream(): { write(chunk: Uint8Array): unknown }
}

export function fdOutput(fd: number, deps: Deps): Output {
  let viaStream = false
  return {
    write(text) {
      const bytes = Buffer.from(text, 'utf8')
      if (viaStream) {
        deps.stream().write(bytes)
        return
      }
      let at = 0
      while (at < bytes.length) {
        try {
          at += deps.writeSync(fd, bytes, at)
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          // The reader went away (`worth ... | head`): the rest has nowhere to go.
          if (code === 'EPIPE') return
          if (code !== 'EAGAIN') throw error
          viaStream = true
          deps.stream().write(bytes.subarray(at))
          return
        }
      }
    },
  }
}

const write = (fd: number, bytes: Uint8Array, offset: number) => writeSync(fd, bytes, offset)

export const stdout: Output = fdOutput(1, { writeSync: write, stream: () => process.stdout })
export const stderr: Output = fdOutput(2, { writeSync: write, stream: () => process.stderr })
