// Reads a file named on the command line, refusing what is not an ordinary file before reading a byte: /dev/zero
// would never end, a FIFO would block forever, a directory is not a file. The size is checked first too.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { escapeControl } from './terminal'

export const MAX_INPUT_BYTES = 5 * 1024 * 1024

export type FileRead = { ok: true; text: string } | { ok: false; message: string }

const describe = (path: string) => `"${escapeControl(path)}"`

/**
 * The UTF-8 text of a regular file of at most `maxBytes`, with a leading byte-order mark removed. Opened without
 * blocking (a FIFO opens at once) and checked with fstat on the open descriptor, so what is checked is what is read.
 */
export function readInputFile(path: string, maxBytes = MAX_INPUT_BYTES): FileRead {
  let fd: number
  try {
    // O_NONBLOCK does not exist on Windows, where opening a named pipe does not block anyway.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code
    return { ok: false, message: `cannot read ${describe(path)}${why ? ` (${why})` : ''}.` }
  }
  try {
    const stat = fstatSync(fd)
    if (stat.isDirectory())
      return { ok: false, message: `${describe(path)} is a folder; give the path of a file.` }
    if (!stat.isFile())
      return {
        ok: false,
        message: `${describe(path)} is not a regular file (a device, pipe or socket); give the path of a file.`,
      }
    if (stat.size > maxBytes)
      return {
        ok: false,
        message: `${describe(path)} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB.`,
      }
    // Read at most one byte more than the limit, in case the file grew after fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > maxBytes)
      return { ok: false, message: `${describe(path)} is over ${maxBytes / 1024 / 1024} MB.` }
    let text: string
    try {
      // TextDecoder drops a leading byte-order mark; fatal refuses bytes that are not UTF-8.
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length))
    } catch {
      return { ok: false, message: `${describe(path)} is not UTF-8 text.` }
    }
    return { ok: true, text }
  } catch (e) {
    return {
      ok: false,
      message: `cannot read ${describe(path)} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
    }
  } finally {
    closeSync(fd)
  }
}
