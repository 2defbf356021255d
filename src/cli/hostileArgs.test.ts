// The command line against hostile or careless input: the flag named is the one typed, flags of another command and
// non-decimal numbers are refused, nothing raw reaches the terminal, and only ordinary files of at most 5 MB are read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runWorth } from './runForTests'

const run = runWorth

const seattle = ['--title', 'Software Developer', '--location', 'Seattle, WA', '--base', '150000']
const fixture = resolve(__dirname, '../../test/fixtures/three-offers.json')
const dir = mkdtempSync(join(tmpdir(), 'worth-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function refused(args: string[], flag: string) {
  const r = run(args)
  expect(r.code, r.out).toBe(2)
  expect(r.err).toHaveLength(1)
  expect(r.err[0]!.startsWith(`worth: ${flag}: `), r.err[0]).toBe(true)
  expect(r.out).toBe('')
  return r.err[0]!
}

describe('the flag named is the flag typed', () => {
  it('--area, not --areaCode, in the flag and the message', () => {
    for (const command of ['estimate', 'insights', 'negotiate']) {
      const message = refused(
        [command, ...seattle.slice(0, command === 'insights' ? 4 : 6), '--area', 'X'],
        '--area',
      )
      expect(message).not.toContain('areaCode')
      expect(message).toMatch(/OEWS area code/)
    }
    expect(refused(['estimate', ...seattle, '--soc', 'nurse'], '--soc')).toMatch(/15-1252/)
  })

  it('a 401(k) past its cap is --k401, not --offers', () => {
    const message = refused(['compare', '--offers', fixture, '--k401', '200000'], '--k401')
    expect(message).toContain('at most $100,000')
    refused(['equivalent', '--wages', '1', '--from', 'TX', '--to', 'WA', '--k401', '100001'], '--k401')
  })

  it('--target-takehome, not --target, when the take-home target is what is wrong', () => {
    refused(['negotiate', ...seattle, '--target-takehome', 'lots'], '--target-takehome')
  })
})

describe('flags are read per command', () => {
  it('refuses a flag of another command, naming it and its command', () => {
    const message = refused(['estimate', ...seattle, '--wages', '5'], '--wages')
    expect(message).toContain('"worth equivalent"')
    refused(['tax', '--income', '1', '--location', 'TX', '--offers', 'x.json'], '--offers')
    refused(['insights', '--title', 'Nurse', '--location', 'Ohio', '--base', '1'], '--base')
    refused(['compare', '--offers', fixture, '--remote'], '--remote')
  })

  it('refuses an unknown flag, a value where none belongs, a missing value and a flag given twice', () => {
    expect(refused(['estimate', ...seattle, '--frobnicate'], '--frobnicate')).toMatch(/--title/)
    refused(['estimate', ...seattle, '--json=yes'], '--json')
    refused(['estimate', '--title', '--location', 'Seattle, WA', '--base', '1'], '--title')
    refused(['estimate', ...seattle, '--base', '2'], '--base')
    refused(['estimate', ...seattle, '-x'], '-x')
  })

  it('refuses a stray word and an unknown command without naming a flag that was not typed', () => {
    for (const args of [['estimate', ...seattle, 'extra'], ['frob'], ['--json', 'estimate']]) {
      const r = run(args)
      expect(r.code).toBe(2)
      expect(r.err).toHaveLength(1)
      expect(r.err[0]).toMatch(/^worth: (unexpected argument|unknown command|give the command first)/)
    }
  })
})

describe('numbers are plain decimals', () => {
  it.each([
    [['estimate', ...seattle, '--years', '0x10'], '--years'],
    [['estimate', ...seattle, '--years', '1e1'], '--years'],
    [['estimate', ...seattle, '--years', 'Infinity'], '--years'],
    [['estimate', ...seattle.slice(0, 4), '--base', '0x10'], '--base'],
    [['negotiate', ...seattle, '--target', '0x20'], '--target'],
    [['negotiate', ...seattle, '--years', '0b11'], '--years'],
    [['compare', '--offers', fixture, '--year', '0x7e9'], '--year'],
    [['compare', '--offers', fixture, '--k401', '0x10'], '--k401'],
    [['tax', '--income', '0o777', '--location', 'Texas'], '--income'],
    [['tax', '--income', '1000', '--location', 'Texas', '--year', '2.025e3'], '--year'],
  ])('%j refused, naming %s', (args, flag) => {
    refused(args, flag)
  })

  it("still reads decimals and the app's money forms", () => {
    const r = run(['estimate', ...seattle.slice(0, 4), '--base', '$150,000.50', '--years', '2.5', '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).offer.base).toBe(150000.5)
  })

  it('gives the flag\'s own "at most" message for amounts past a cap', () => {
    expect(refused(['estimate', ...seattle.slice(0, 4), '--base', '1e12'], '--base')).toContain(
      'at most $10,000,000',
    )
    expect(refused(['negotiate', ...seattle, '--ask', '10000001'], '--ask')).toContain('at most $10,000,000')
    expect(refused(['tax', '--income', '10000000.01', '--location', 'TX'], '--income')).toContain(
      'at most $10,000,000',
    )
  })
})

describe('nothing raw reaches the terminal', () => {
  const hostile = 'Foo\u001b[31mred\u001b[0m\r\nworth: --base: forged line\u202e'

  it('escapes control characters and line breaks echoed in errors', () => {
    for (const args of [
      ['estimate', '--title', 'Nurse', '--location', hostile, '--base', '100k'],
      ['tax', '--income', '1', '--location', hostile],
      ['compare', '--offers', fixture, '--pick', hostile],
      ['estimate', ...seattle, `--${hostile}`],
      [hostile],
    ]) {
      const r = run(args)
      expect(r.code).toBe(2)
      expect(r.err).toHaveLength(1)
      // eslint-disable-next-line no-control-regex
      expect(r.err[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/)
      expect(r.err[0]).toContain('\\x1b[31m')
    }
  })

  it('escapes them in text output too, keeping its own line breaks', () => {
    const r = run([
      'estimate',
      '--title',
      'Software\u001b[2J Developer',
      '--location',
      'Seattle, WA',
      '--base',
      '100k',
    ])
    if (r.code === 0) {
      // eslint-disable-next-line no-control-regex
      expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
      expect(r.out.split('\n').length).toBeGreaterThan(3)
    } else {
      expect(r.err[0]).toContain('\\x1b[2J')
    }
    const file = JSON.parse(readFileSync(fixture, 'utf8'))
    file.offers[0].label = 'Seattle\u001b]0;pwned\u0007\nFake: line'
    const path = join(dir, 'labels.json')
    writeFileSync(path, JSON.stringify(file))
    const text = run(['compare', '--offers', path])
    expect(text.code).toBe(0)
    expect(text.out).toContain('Seattle\\x1b]0;pwned\\x07\\nFake: line (')
    // eslint-disable-next-line no-control-regex
    expect(text.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
  })
})

describe('--offers reads only ordinary files of at most 5 MB', () => {
  it('refuses /dev/zero at once instead of reading without end', () => {
    const started = Date.now()
    expect(refused(['compare', '--offers', '/dev/zero'], '--offers')).toContain('not a regular file')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses a FIFO without waiting for a writer', () => {
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    expect(refused(['compare', '--offers', fifo], '--offers')).toContain('not a regular file')
  })

  it('refuses a folder, a missing file and a file over 5 MB, before reading it', () => {
    const folder = join(dir, 'folder.json')
    mkdirSync(folder)
    expect(refused(['compare', '--offers', folder], '--offers')).toContain('is a folder')
    expect(refused(['compare', '--offers', join(dir, 'none.json')], '--offers')).toMatch(
      /cannot read .*no such file/,
    )
    const big = join(dir, 'big.json')
    writeFileSync(big, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20))
    expect(refused(['compare', '--offers', big], '--offers')).toMatch(/5\.0 MB; the limit is 5 MB/)
  })

  it('refuses bytes that are not UTF-8', () => {
    const path = join(dir, 'latin1.json')
    writeFileSync(path, Buffer.from([0x7b, 0xe9, 0x7d]))
    expect(refused(['compare', '--offers', path], '--offers')).toContain('not UTF-8')
  })

  it('accepts an export saved with a byte-order mark and CRLF line ends', () => {
    const text = readFileSync(fixture, 'utf8')
    const path = join(dir, 'windows.json')
    writeFileSync(path, `\uFEFF${JSON.stringify(JSON.parse(text), null, 2).replace(/\n/g, '\r\n')}`)
    const r = run(['compare', '--offers', path, '--json'])
    expect(r.err).toEqual([])
    expect(JSON.parse(r.out).offers).toHaveLength(3)
  })
})
