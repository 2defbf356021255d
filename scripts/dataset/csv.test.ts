import { describe, expect, it } from 'vitest'
import { parseDelimited, parseTable } from './csv'

describe('parseDelimited', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    const text = 'a,b,c\r\n1,"Teachers, Elementary","say ""hi"""\r\n2,,x\n'
    expect(parseDelimited(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'Teachers, Elementary', 'say "hi"'],
      ['2', '', 'x'],
    ])
  })

  it('keeps a last line without a newline and strips a byte-order mark', () => {
    expect(parseDelimited('\ufeffx,y\n1,2')).toEqual([
      ['x', 'y'],
      ['1', '2'],
    ])
  })

  it('reads tab-separated text', () => {
    expect(parseTable('code\ttitle\n15-1252.00\tSoftware Developers\n', '\t')).toEqual([
      { code: '15-1252.00', title: 'Software Developers' },
    ])
  })
})
