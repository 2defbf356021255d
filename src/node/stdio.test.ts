import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fdOutput } from './stdio'
import { writeSync } from 'node:fs'

const dir = mkdtempSync(join(tmpdir(), 'worth-stdio-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const failure = (code: string) => Object.assign(new Error(code), { code })

describe('writing output to a file descriptor', () => {
  it('writes the text as UTF-8, in order, through short writes', () => {
    const file = join(dir, 'out.txt')
    const fd = openSync(file, 'w')
    // At most 3 bytes a call, as a pipe may take only part of a write.
    const out = fdOutput(fd, {
      writeSync: (f, bytes, offset) => writeSync(f, bytes, offset, Math.min(3, bytes.length - offset)),
      stream: () => {
        throw new Error('no stream needed')
      },
    })
    out.write('Señor Engineer: $150,000\n')
    out.write('second line\n')
    closeSync(fd)
    expect(readFileSync(file, 'utf8')).toBe('Señor Engineer: $150,000\nsecond line\n')
  })

  it('hands the rest, and every later write, to the stream when the descriptor would block', () => {
    const written: string[] = []
    const streamed: string[] = []
    let calls = 0
    const out = fdOutput(1, {
      writeSync: (_fd, bytes, offset) => {
        calls += 1
        if (calls > 1) throw failure('EAGAIN')
        written.push(Buffer.from(bytes.subarray(offset, offset + 4)).toString())
        return 4
      },
      stream: () => ({ write: (chunk: Uint8Array) => streamed.push(Buffer.from(chunk).toString()) }),
    })
    out.write('abcdefgh')
    out.write('next')
    expect(written).toEqual(['abcd'])
    expect(streamed).toEqual(['efgh', 'next'])
    expect(calls).toBe(2)
  })

  it('stops quietly when the reader has gone, and passes on any other failure', () => {
    const gone = fdOutput(1, {
      writeSync: () => {
        throw failure('EPIPE')
      },
      stream: () => ({ write: () => true }),
    })
    expect(() => gone.write('text')).not.toThrow()
    const broken = fdOutput(1, {
      writeSync: () => {
        throw failure('EIO')
      },
      stream: () => ({ write: () => true }),
    })
    expect(() => broken.write('text')).toThrow('EIO')
  })
})
