// How sure a title match is, in words, for the screen and the CLI.
import type { TitleMatch } from './types'

const SOURCE: Record<TitleMatch['via'], string> = {
  bls: 'the BLS occupation title',
  onet: 'an O*NET title',
  h1b: 'a title filed in H-1B applications',
  worth: "Worth's list of abbreviations",
}

const HOW: Record<TitleMatch['method'], string> = {
  exact: 'same title',
  alias: 'abbreviation spelled out',
  level: 'same title without level words such as "Senior"',
  contains: 'titles containing all your words',
  typo: 'after correcting the spelling',
  words: 'word by word',
  code: 'the occupation you picked',
}

/** "an O*NET title, same title; sure: high" — what the match came from and how sure Worth is. */
export function describeMatch(m: Pick<TitleMatch, 'via' | 'method' | 'confidence' | 'corrected'>): string {
  if (m.method === 'code') return HOW.code
  const how = m.method === 'typo' && m.corrected ? `read as "${m.corrected}"` : HOW[m.method]
  return `${SOURCE[m.via]}, ${how}; sure: ${m.confidence}`
}
