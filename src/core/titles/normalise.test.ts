// titleKey is one pass over the characters; these tests hold it to the regular-expression form it replaced, on every
// title of the dataset and on awkward text.
import { describe, expect, it } from 'vitest'
import { readCompiledDataset } from '../../node/datasetFromDisk'
import { textValues } from '../dataset/pack'
import { coreTitleKey, titleKey } from './normalise'

const JOINED: [RegExp, string][] = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  [/\bdev ops\b/g, 'devops'],
]

/** The key as the regular expressions wrote it before. */
function referenceKey(text: string): string {
  const lower = text.toLowerCase()
  const ascii = /[\u0080-\uffff]/.test(lower)
    ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    : lower
  let key = ascii
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
  for (const [pattern, joined] of JOINED) key = key.replace(pattern, joined)
  return key
    .split(' ')
    .filter((w) => w !== '')
    .map((word) => {
      if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
      if (word.length > 3 && word.endsWith('s') && !/(ss|us|is|os)$/.test(word)) return word.slice(0, -1)
      return word
    })
    .join(' ')
}

describe('titleKey', () => {
  it('writes the same key as the regular expressions for every title in the dataset', () => {
    const titles = textValues(readCompiledDataset().titles.compiled.display)
    expect(titles.length).toBeGreaterThan(50000)
    const differing = titles.filter((t) => titleKey(t) !== referenceKey(t))
    expect(differing).toEqual([])
  })

  it('handles punctuation, accents, ampersands, joined words and plurals alike', () => {
    const awkward = [
      '',
      '   ',
      '&',
      'R&D Technologies',
      'Sr. Software Engineers (Back-End)',
      '  Front   End / Full-Stack Dev Ops  ',
      'C++ & C# developers',
      'Café Managers',
      'Señora Analysis Business Buses Bus Status Radios',
      'ÉQUIPE — Ω Δ',
      'nurses\tRNs\n',
      'back end',
      'backend engineers',
      'x&&y',
      'feedback engineer',
      'c#back end',
      'full',
      'dev-ops devs',
    ]
    for (const text of awkward) expect(titleKey(text)).toBe(referenceKey(text))
    expect(titleKey('Sr. Software Engineers (Back-End)')).toBe('sr software engineer backend')
  })
})

describe('coreTitleKey', () => {
  it('drops level words, keeps a key of level words only, and returns other keys as they are', () => {
    expect(coreTitleKey('senior staff software engineer ii')).toBe('software engineer')
    expect(coreTitleKey('senior ii')).toBe('senior ii')
    expect(coreTitleKey('software engineer')).toBe('software engineer')
    expect(coreTitleKey('apprentice electrician')).toBe('electrician')
    expect(coreTitleKey('apprentices electrician')).toBe('apprentices electrician')
    expect(coreTitleKey(' lead  nurse ')).toBe('nurse')
    expect(coreTitleKey('  ')).toBe('')
    // Words are compared whole: a word that starts with a level word, or is inside one, is not one.
    expect(coreTitleKey('seniority leader')).toBe('seniority leader')
    expect(coreTitleKey('ivy league staffing')).toBe('ivy league staffing')
    expect(coreTitleKey('1st 12 2 ii')).toBe('1st 12')
    expect(coreTitleKey('head chef iii')).toBe('chef')
    expect(coreTitleKey('chef apprentice')).toBe('chef')
    expect(coreTitleKey('')).toBe('')
  })
})
