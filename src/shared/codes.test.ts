import { describe, expect, it } from 'vitest'
import { AREA_CODE, SOC_CODE } from './codes'
import { InsightsInputSchema } from './contract'

describe('code patterns', () => {
  it('SOC codes are two digits, a dash and four digits', () => {
    expect(['15-1252', '11-1011'].every((c) => SOC_CODE.test(c))).toBe(true)
    expect(['151252', '15-125', '15-12522', 'x15-1252'].some((c) => SOC_CODE.test(c))).toBe(false)
  })

  it('area codes are 5 to 7 digits, US or a state', () => {
    expect(['12420', '3500001', 'US', 'TX'].every((c) => AREA_CODE.test(c))).toBe(true)
    expect(['1242', '12345678', 'us', 'TEX', ''].some((c) => AREA_CODE.test(c))).toBe(false)
  })

  it('the contract uses the same patterns', () => {
    const input = { title: 'Software Developers', location: 'Austin, TX' }
    expect(InsightsInputSchema.safeParse({ ...input, soc: '15-1252', areaCode: '12420' }).success).toBe(true)
    expect(InsightsInputSchema.safeParse({ ...input, soc: '151252' }).success).toBe(false)
    expect(InsightsInputSchema.safeParse({ ...input, areaCode: 'Texas' }).success).toBe(false)
  })
})
