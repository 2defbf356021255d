import { describe, expect, it } from 'vitest'
import { describeMatch } from './titleMatch'

describe('describeMatch', () => {
  it('names the source, the way it matched and how sure it is', () => {
    expect(describeMatch({ via: 'onet', method: 'exact', confidence: 'high', corrected: null })).toBe(
      'an O*NET title, same title; sure: high',
    )
    expect(
      describeMatch({ via: 'onet', method: 'typo', confidence: 'medium', corrected: 'software engineer' }),
    ).toBe('an O*NET title, read as "software engineer"; sure: medium')
    expect(describeMatch({ via: 'h1b', method: 'words', confidence: 'low', corrected: null })).toBe(
      'a title filed in H-1B applications, word by word; sure: low',
    )
    expect(describeMatch({ via: 'bls', method: 'code', confidence: 'high', corrected: null })).toBe(
      'the occupation you picked',
    )
  })
})
