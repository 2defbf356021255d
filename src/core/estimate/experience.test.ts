import { describe, expect, it } from 'vitest'
import { anchorNational, distributionFromCurve } from '../market/distribution'
import { experienceView, levelForYears, levelWages } from './experience'

describe('experienceView', () => {
  const anchored = anchorNational(
    [41230, 52870, 71650, 98410, 131020],
    ['published', 'published', 'published', 'published', 'published'],
    239200,
  )!
  const distribution = distributionFromCurve(anchored.curve)

  it('reads the same wage as levelWages for each level, with and without published levels', () => {
    const published: [number, number, number, number] = [48000, 61000, 74000, 87000]
    for (const years of [0, 2, 3, 5, 6, 10, 11, 30]) {
      const level = levelForYears(years)
      for (const levels of [null, published]) {
        const view = experienceView(years, distribution, levels, 70000, 'Austin-Round Rock, TX')
        expect(view.level).toBe(level)
        expect(view.wage).toBe(levelWages(distribution, levels)[level - 1])
      }
    }
  })
})
