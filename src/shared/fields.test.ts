import { describe, expect, it } from 'vitest'
import { checkYears } from './fields'

describe('years of experience', () => {
  it('reads plain decimals', () => {
    expect(checkYears(' 5 ')).toEqual({ ok: true, value: 5 })
    expect(checkYears('2.5')).toEqual({ ok: true, value: 2.5 })
    expect(checkYears('')).toEqual({ ok: true, value: null })
  })

  it.each(['0x10', '0b11', '0o7', '1e1', 'Infinity', '5 years'])(
    'refuses %j, which Number() would read',
    (text) => {
      expect(checkYears(text)).toEqual({
        ok: false,
        message: 'Years of experience must be a number of years, e.g. 5.',
      })
    },
  )
})
