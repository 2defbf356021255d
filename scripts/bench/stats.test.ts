import { describe, expect, it } from 'vitest'
import { holds, interleavedRatio, median, round, spreadOf } from './stats'

describe('bench statistics', () => {
  it('takes medians of odd and even counts without changing the input', () => {
    const values = [5, 1, 3]
    expect(median(values)).toBe(3)
    expect(values).toEqual([5, 1, 3])
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(() => median([])).toThrow()
  })

  it('reports the spread with its sample count', () => {
    expect(spreadOf([2.345, 1.111, 9])).toEqual({ min: 1.11, max: 9, n: 3 })
    expect(round(1.005, 1)).toBe(1)
  })

  it('alternates the order of each pair and takes the median of the per-pair ratios', async () => {
    const order: string[] = []
    const subjects = [10, 30, 20]
    const baselines = [5, 10, 10]
    let s = 0
    let b = 0
    const result = await interleavedRatio(
      3,
      () => (order.push('s'), subjects[s++]!),
      () => (order.push('b'), baselines[b++]!),
    )
    expect(order).toEqual(['s', 'b', 'b', 's', 's', 'b'])
    expect(result.ratio).toBe(2)
    expect(result.spread).toEqual({ min: 2, max: 3, n: 3 })
    expect(result.subjectMs).toBe(20)
    expect(result.baselineMs).toBe(10)
  })

  it('holds a budget only for a finite figure at or under it', () => {
    expect(holds(4, 4)).toBe(true)
    expect(holds(4.01, 4)).toBe(false)
    expect(holds(Number.NaN, 4)).toBe(false)
  })
})
